/**
 * The place popup at a laptop's size: it leads with what the article says, fits the screen
 * without scrolling inside, draws nothing beside itself, and hands the full details to the side
 * panel.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BRIEFING, waitForMap } from './map-helpers';

test.use({ viewport: { width: 1280, height: 800 } });

interface SeedPlace {
	id: string;
	name: string;
	mentioned: boolean;
}

async function seedPointPlaces(page: Page): Promise<SeedPlace[]> {
	const response = await page.request.get('/api/briefings/iran-drones-2022');
	expect(response.ok()).toBe(true);
	const bundle = await response.json();
	return bundle.places.features
		.filter((f: { geometry: { type: string } }) => f.geometry.type === 'Point')
		.map((f: { id: string; properties: { name: string; mentions: unknown[] } }) => ({
			id: f.id,
			name: f.properties.name,
			mentioned: f.properties.mentions.length > 0
		}));
}

/** Selects a place as a reader does from the list of places, and waits for the map to settle. */
async function openPopup(page: Page, name: string) {
	await page.getByRole('button', { name: `Show ${name} on the map`, exact: true }).click();
	const popup = page.getByRole('dialog', { name, exact: true });
	await expect(popup.getByRole('heading', { name, exact: true })).toBeVisible();
	// Settled: the map stopped and the popup stays where it is across two checks.
	let last = '';
	await expect
		.poll(async () => {
			const now = await page.evaluate(() =>
				window.__map!.isMoving()
					? 'moving'
					: JSON.stringify(document.querySelector('.maplibregl-popup')?.getBoundingClientRect())
			);
			const settled = now !== 'moving' && now === last;
			last = now;
			return settled;
		})
		.toBe(true);
	return popup;
}

test('every seed place’s popup shows its first excerpt without scrolling, inside the screen', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(BRIEFING);
	await waitForMap(page);
	const places = await seedPointPlaces(page);
	expect(places.length).toBeGreaterThanOrEqual(11);
	for (const place of places) {
		const popup = await openPopup(page, place.name);
		const geometry = await page.evaluate(() => {
			const box = (element: Element | null | undefined) => {
				const r = element?.getBoundingClientRect();
				return r && { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
			};
			const content = document.querySelector('.maplibregl-popup-content')!;
			return {
				popup: box(document.querySelector('.maplibregl-popup'))!,
				map: box(window.__map!.getContainer())!,
				firstExcerpt: box(content.querySelector('blockquote')),
				scrollHeight: content.scrollHeight,
				clientHeight: content.clientHeight
			};
		});
		const where = `${place.name}: ${JSON.stringify(geometry)}`;
		expect(geometry.scrollHeight, where).toBeLessThanOrEqual(geometry.clientHeight);
		for (const frame of [{ top: 0, left: 0, bottom: 800, right: 1280 }, geometry.map]) {
			expect(geometry.popup.top, where).toBeGreaterThanOrEqual(frame.top);
			expect(geometry.popup.left, where).toBeGreaterThanOrEqual(frame.left);
			expect(geometry.popup.bottom, where).toBeLessThanOrEqual(frame.bottom);
			expect(geometry.popup.right, where).toBeLessThanOrEqual(frame.right);
		}
		if (place.mentioned) {
			// The excerpt comes first, with the name marked and its paragraph linked.
			const excerpt = geometry.firstExcerpt!;
			expect(excerpt, where).toBeTruthy();
			expect(excerpt.top, where).toBeGreaterThanOrEqual(geometry.popup.top);
			expect(excerpt.bottom, where).toBeLessThanOrEqual(geometry.popup.bottom);
			const quote = popup.locator('blockquote').first();
			await expect(quote.locator('mark')).toBeVisible();
			await expect(quote.getByRole('link', { name: /^Paragraph \d+$/ })).toBeVisible();
		} else {
			await expect(popup.getByText('The article does not name this place.')).toBeVisible();
		}
		await expect(popup.getByRole('button', { name: 'Full details' })).toBeVisible();
	}
});

test('nothing is drawn under the popup but the map', async ({ page, browser }) => {
	await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
	await page.goto(BRIEFING);
	await waitForMap(page);
	await openPopup(page, 'Kashan Airfield');
	const content = (await page.locator('.maplibregl-popup-content').boundingBox())!;
	const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
	// The band below the popup's content, down to the map's bottom edge: the map shows through.
	const clip = {
		x: content.x + 8,
		y: content.y + content.height + 24,
		width: content.width - 16,
		height: Math.min(160, map.y + map.height - (content.y + content.height + 24))
	};
	expect(clip.height).toBeGreaterThan(40);
	const png = (await page.screenshot({ clip })).toString('base64');
	// Decoded in a blank page, which has no content policy to refuse a data: image.
	const scratch = await browser.newPage();
	const panelShare = await scratch.evaluate(async (data) => {
		const image = new Image();
		image.src = `data:image/png;base64,${data}`;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = image.width;
		canvas.height = image.height;
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const pixels = context.getImageData(0, 0, image.width, image.height).data;
		let white = 0;
		for (let i = 0; i < pixels.length; i += 4)
			if (pixels[i]! > 250 && pixels[i + 1]! > 250 && pixels[i + 2]! > 250) white++;
		return white / (pixels.length / 4);
	}, png);
	await scratch.close();
	// The light panel is white; the light basemap has almost no pure white.
	expect(panelShare).toBeLessThan(0.3);
});

test('the popup’s full details open in the side panel', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(BRIEFING);
	await waitForMap(page);
	const popup = await openPopup(page, 'Kashan Airfield');
	await popup.getByRole('button', { name: 'Full details' }).click();
	const panel = page
		.getByRole('complementary', { name: 'Article and places' })
		.getByRole('region', { name: 'Details of Kashan Airfield' });
	await expect(panel).toBeVisible();
	await expect(panel).toBeFocused();
	await expect(panel.getByRole('heading', { name: 'Kashan Airfield', level: 2 })).toBeVisible();
	await expect(panel).toContainText('stands for');
	await expect(panel).toContainText('Fact check');
	await expect(panel).toContainText('Location source');
	await panel.getByRole('button', { name: 'Close details' }).click();
	await expect(panel).toHaveCount(0);
});
