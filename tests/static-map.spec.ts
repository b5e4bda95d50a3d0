/**
 * The map a browser without WebGL gets: a picture that shows sea and land, names that do not
 * overlap, and a box of its own above the timeline.
 */
import type { Page } from '@playwright/test';
import { PALETTE } from '../src/lib/styles/basemap-palette';
import { expect, test } from './fixtures';
import { BRIEFING, disableWebGL } from './map-helpers';

type Box = { x: number; y: number; width: number; height: number };

const overlap = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function openFallback(page: Page) {
	await disableWebGL(page);
	await page.goto(BRIEFING);
	const image = page.getByRole('img', { name: /Static map of the places/ });
	await expect(image).toBeVisible();
	await expect
		.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
		.toBeGreaterThan(0);
	return image;
}

/** Shares of the screenshot's pixels within a few levels of each colour. */
async function colourShares(page: Page, png: Buffer, colours: string[]): Promise<number[]> {
	return page.evaluate(
		async ({ data, colours }) => {
			const picture = new Image();
			picture.src = `data:image/png;base64,${data}`;
			await picture.decode();
			const canvas = document.createElement('canvas');
			canvas.width = picture.width;
			canvas.height = picture.height;
			const context = canvas.getContext('2d')!;
			context.drawImage(picture, 0, 0);
			const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
			const targets = colours.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
			const counts = targets.map(() => 0);
			for (let i = 0; i < pixels.length; i += 4) {
				targets.forEach(([r, g, b], t) => {
					const near =
						Math.abs(pixels[i]! - r!) <= 3 &&
						Math.abs(pixels[i + 1]! - g!) <= 3 &&
						Math.abs(pixels[i + 2]! - b!) <= 3;
					if (near) counts[t]!++;
				});
			}
			return counts.map((n) => n / (pixels.length / 4));
		},
		{ data: png.toString('base64'), colours }
	);
}

for (const theme of ['light', 'dark'] as const) {
	test.describe(`without WebGL, ${theme} theme`, () => {
		test.use({ viewport: { width: 1280, height: 800 }, colorScheme: theme });

		test('the static map shows sea and land', async ({ page }) => {
			const image = await openFallback(page);
			const [sea, land] = await colourShares(page, await image.screenshot(), [
				PALETTE[theme].water,
				PALETTE[theme].land
			]);
			expect(sea, 'share of the picture in the sea colour').toBeGreaterThan(0.05);
			expect(land, 'share of the picture in the land colour').toBeGreaterThan(0.05);
		});

		test('the static map sits in its own box, clear of the timeline', async ({ page }) => {
			const image = await openFallback(page);
			const imageBox = (await image.boundingBox())!;
			const notice = (await page
				.getByRole('status')
				.filter({ hasText: 'cannot draw' })
				.boundingBox())!;
			const mapArea = (await page.getByRole('region', { name: 'Map' }).boundingBox())!;
			const timeline = (await page.getByRole('heading', { name: 'Timeline' }).boundingBox())!;
			for (const [name, box] of [
				['picture', imageBox],
				['notice', notice]
			] as const) {
				expect(box.y + box.height, `${name} ends above the timeline`).toBeLessThanOrEqual(
					timeline.y
				);
				expect(box.x + box.width, `${name} stays in the map area`).toBeLessThanOrEqual(
					mapArea.x + mapArea.width + 0.5
				);
			}
			// Not squeezed out of sight either.
			expect(imageBox.height).toBeGreaterThan(300);
		});
	});
}

test('the static map’s names never overlap', async ({ page }) => {
	for (const theme of ['light', 'dark']) {
		const response = await page.goto(`${BRIEFING}/static-map.svg?theme=${theme}`);
		expect(response?.headers()['content-type']).toContain('image/svg+xml');
		const boxes = await page.locator('text').evaluateAll((texts) =>
			texts.map((text) => {
				const { x, y, width, height } = (text as SVGTextElement).getBBox();
				return { name: text.textContent ?? '', box: { x, y, width, height } };
			})
		);
		const names = boxes.map((b) => b.name.toLowerCase());
		for (const name of ['kashan airfield', 'kashan', 'isfahan', 'tehran', 'iran', 'russia'])
			expect(names).toContain(name);
		const clashes = boxes.flatMap((a, i) =>
			boxes.slice(i + 1).flatMap((b) => (overlap(a.box, b.box) ? [`${a.name} / ${b.name}`] : []))
		);
		expect(clashes, `${theme}: names printed over each other`).toEqual([]);
	}
});

test('the static map answers an unknown theme with a problem naming it', async ({ request }) => {
	const response = await request.get(`${BRIEFING}/static-map.svg?theme=sepia`);
	expect(response.status()).toBe(400);
	expect(response.headers()['content-type']).toBe('application/problem+json');
	expect((await response.json()).detail).toContain("theme: 'sepia' is not a theme");
});
