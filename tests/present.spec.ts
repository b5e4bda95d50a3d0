/**
 * The briefing-screen mode as a presenter uses it: keys and clicker keys move through the
 * scenes, the presenter window and the audience window follow each other, the scene survives a
 * reload, and a scene exports as a PNG of the exact size asked for.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BRIEFING, waitForMap } from './map-helpers';
import { formatAttributed } from '../src/lib/briefing/attribution';
import type { BriefingMeta, Platform, Scene } from '../src/lib/briefing/types';

const meta: BriefingMeta = JSON.parse(
	readFileSync(
		new URL('../geodata/briefings/iran-drones-2022/briefing.json', import.meta.url),
		'utf8'
	)
);
const scenes = meta.scenes;
/** The caption as the audience reads it: a claim says whose claim it is. */
const captionOf = (scene: Scene) => formatAttributed(scene.caption, scene.attribution);
const rangedPlatforms = new Set(
	(
		JSON.parse(
			readFileSync(
				new URL('../geodata/briefings/iran-drones-2022/platforms.json', import.meta.url),
				'utf8'
			)
		) as Platform[]
	)
		.filter((p) => p.ranges.length > 0)
		.map((p) => p.id)
);

test.use({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });

async function openPresent(page: Page, query = '') {
	await page.goto(`${BRIEFING}/present${query}`);
	await waitForMap(page);
}

/** Checks the audience screen shows the 1-based scene `n`: number, caption, layers, rings. */
async function expectScene(page: Page, n: number) {
	const scene = scenes[n - 1]!;
	await expect(page.locator('body')).toHaveAttribute('data-scene', String(n));
	await expect(page.getByText(captionOf(scene), { exact: true })).toBeVisible();
	await expect(page.getByText(`${n} / ${scenes.length}`, { exact: true })).toBeVisible();
	await expect
		.poll(() =>
			page.evaluate((ids) => {
				const map = window.__map!;
				return {
					places: map.getLayoutProperty('briefing-places-dot', 'visibility') ?? 'visible',
					ranges: map.getLayer('range-bands-fill')
						? (map.getLayoutProperty('range-bands-fill', 'visibility') ?? 'visible')
						: 'none',
					emphasised: JSON.stringify(map.getFilter('basemap-emphasis') ?? []).includes(
						'"literal",["'
					),
					ringed: ids.map(
						(id) => map.getFeatureState({ source: 'briefing-places', id }).selected === true
					)
				};
			}, scene.highlightPlaces)
		)
		.toEqual({
			places: scene.layers.includes('places') ? 'visible' : 'none',
			// Bands are drawn only for platforms with a published range (none for the Shahed-191).
			ranges:
				scene.layers.includes('ranges') && scene.platforms?.some((id) => rangedPlatforms.has(id))
					? 'visible'
					: 'none',
			emphasised: scene.layers.includes('countries'),
			ringed: scene.highlightPlaces.map(() => true)
		});
}

test('PageDown walks through every scene and PageUp walks back', async ({ page }) => {
	test.setTimeout(180_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openPresent(page);
	await expectScene(page, 1);
	for (let n = 2; n <= scenes.length; n++) {
		await page.keyboard.press('PageDown');
		await expectScene(page, n);
		const camera = scenes[n - 1]!.camera;
		// Under reduced motion the scene is a cut: the camera is where the scene says at once.
		if (camera)
			expect(await page.evaluate(() => window.__map!.getZoom())).toBeCloseTo(camera.zoom, 1);
	}
	await page.keyboard.press('PageDown');
	await expectScene(page, scenes.length);
	for (let n = scenes.length - 1; n >= 1; n--) {
		await page.keyboard.press('PageUp');
		await expect(page.locator('body')).toHaveAttribute('data-scene', String(n));
	}
	await expectScene(page, 1);
});

test('a number then Enter jumps to that scene, and Home and End reach the ends', async ({
	page
}) => {
	await openPresent(page);
	await page.keyboard.press('5');
	await page.keyboard.press('Enter');
	await expectScene(page, 5);
	await page.keyboard.press('Home');
	await expect(page.locator('body')).toHaveAttribute('data-scene', '1');
	await page.keyboard.press('End');
	await expect(page.locator('body')).toHaveAttribute('data-scene', String(scenes.length));
});

test('B blacks the screen and any key brings the same scene back', async ({ page }) => {
	await openPresent(page, '?scene=2');
	const black = page.getByTestId('black-screen');
	await page.keyboard.press('b');
	await expect(black).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(black).toHaveCount(0);
	await expect(page.locator('body')).toHaveAttribute('data-scene', '2');
	await page.keyboard.press('.');
	await expect(black).toBeVisible();
});

test('F asks for full screen on the whole page', async ({ page }) => {
	await page.addInitScript(() => {
		const calls: string[] = [];
		Object.assign(window, { __fullscreenRequests: calls });
		Element.prototype.requestFullscreen = function (this: Element) {
			calls.push(this.tagName);
			return Promise.resolve();
		};
	});
	await openPresent(page);
	await page.keyboard.press('f');
	await expect
		.poll(() =>
			page.evaluate(
				() => (window as unknown as { __fullscreenRequests: string[] }).__fullscreenRequests
			)
		)
		.toEqual(['HTML']);
});

test('? lists the keys; Esc closes the list, then leaves for the explore view on the scene', async ({
	page
}) => {
	await openPresent(page, '?scene=2');
	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Presentation keys' });
	await expect(help).toContainText('black screen (any key returns)');
	await page.keyboard.press('Escape');
	await expect(help).toHaveCount(0);
	await expect(page).toHaveURL(/\/present\?scene=2$/);
	await page.keyboard.press('Escape');
	const [lon, lat] = scenes[1]!.camera!.center;
	const prefix = (value: number) => String(value).slice(0, 5).replace('.', '\\.');
	await expect(page).toHaveURL(
		new RegExp(`/b/iran-drones-2022(\\?[^#]*)?#6\\.5/${prefix(lat)}\\d*/${prefix(lon)}`)
	);
});

test('the scene is in the URL and a reload resumes it', async ({ page }) => {
	await openPresent(page);
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/[?&]scene=3$/);
	await page.reload();
	await waitForMap(page);
	await expectScene(page, 3);
});

test('a scene that reports a claim says whose claim it is, on both screens and the handout', async ({
	page,
	context
}) => {
	await openPresent(page, '?scene=2');
	const caption = page.getByRole('region', { name: /^Scene 2 of/ });
	await expect(caption).toContainText(
		'US says Iranian officials showed the drones to Russian officials here on 8 June and 5 July 2022'
	);
	const presenter = await context.newPage();
	// The presenter joins the audience window's scene over the deck channel.
	await presenter.goto(`${BRIEFING}/presenter?scene=2`);
	await expect(presenter.locator('.current .caption')).toHaveText(
		'US says Iranian officials showed the drones to Russian officials here on 8 June and 5 July 2022 (the article says 15 July).'
	);
	await presenter.goto(`${BRIEFING}/present?print`);
	await expect(presenter.getByText(captionOf(scenes[1]!), { exact: true })).toBeVisible();
});

test('the caption is large enough to read across a room at 1080p', async ({ page }) => {
	await openPresent(page);
	const size = await page
		.getByText(captionOf(scenes[0]!), { exact: true })
		.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
	expect(size).toBeGreaterThanOrEqual(32);
});

test('a highlighted place outside the scene’s frame gets a pointer at the edge', async ({
	page
}) => {
	const last = scenes.length;
	expect(scenes[last - 1]!.highlightPlaces).toContain('washington');
	await openPresent(page, `?scene=${last}`);
	// The scene's camera fits every highlighted place; a look closer at the region leaves
	// Washington outside the frame.
	await page.evaluate(() => window.__map!.jumpTo({ center: [45, 33], zoom: 4 }));
	// The pointer reads "Washington, D.C., outside the view" to a screen reader too.
	const pointer = page.getByText(/Washington, D\.C\., outside the view/);
	await expect(pointer).toBeVisible();
	const box = (await pointer.boundingBox())!;
	expect(box.x).toBeLessThan(400); // the west edge: Washington lies west of the frame
	await expect(page.getByText(/Tehran, outside the view/)).toHaveCount(0);
});

test('the presenter and audience windows move each other', async ({ page, context }) => {
	const presenterErrors: string[] = [];
	await openPresent(page);
	const presenter = await context.newPage();
	presenter.on('pageerror', (error) => presenterErrors.push(error.message));
	presenter.on('console', (message) => {
		if (message.type() === 'error') presenterErrors.push(message.text());
	});
	await presenter.goto(`${BRIEFING}/presenter`);
	await expect(presenter.getByRole('heading', { name: scenes[0]!.title })).toBeVisible();

	await presenter.getByRole('button', { name: 'Next', exact: true }).click();
	await expectScene(page, 2);
	await expect(presenter.getByText(scenes[1]!.notes)).toBeVisible();

	await page.keyboard.press('PageDown');
	await expect(presenter.getByRole('heading', { name: scenes[2]!.title, level: 2 })).toBeVisible();
	await expect(presenter.locator('body')).toHaveAttribute('data-scene', '3');

	await presenter.getByRole('button', { name: new RegExp(scenes[5]!.title) }).click();
	await expect(page.locator('body')).toHaveAttribute('data-scene', '6');

	await presenter.getByRole('button', { name: 'Black screen', exact: true }).click();
	await expect(page.getByTestId('black-screen')).toBeVisible();
	await page.keyboard.press('x');
	await expect(presenter.getByRole('button', { name: 'Black screen', exact: true })).toBeVisible();
	expect(presenterErrors).toEqual([]);
});

test('a presenter window opened late catches up with the audience', async ({ page, context }) => {
	await openPresent(page, '?scene=4');
	const presenter = await context.newPage();
	await presenter.goto(`${BRIEFING}/presenter`);
	await expect(presenter.getByRole('heading', { name: scenes[3]!.title, level: 2 })).toBeVisible();
	await expect(page.locator('body')).toHaveAttribute('data-scene', '4');
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('the presenter exports the scene as a PNG of exactly 1920×1080 with a picture in it', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto(`${BRIEFING}/presenter?scene=3`);
	const downloading = page.waitForEvent('download', { timeout: 90_000 });
	await page.getByRole('button', { name: 'Export PNG 1920×1080' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toBe('iran-drones-2022-scene-3-1920x1080.png');
	const bytes = readFileSync((await download.path())!);
	expect(pngSize(bytes)).toEqual({ width: 1920, height: 1080 });

	// Decode it in the browser and measure how much the pixels vary: a blank frame is flat.
	const spread = await page.evaluate(
		async (dataUrl) => {
			const image = new Image();
			image.src = dataUrl;
			await image.decode();
			const canvas = document.createElement('canvas');
			canvas.width = image.width;
			canvas.height = image.height;
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0);
			// The map area only, above the caption band drawn over the bottom.
			const { data } = context.getImageData(0, 0, image.width, Math.floor(image.height * 0.6));
			let sum = 0;
			let sumSquares = 0;
			const n = data.length / 4;
			for (let i = 0; i < data.length; i += 4) {
				const luma = 0.2126 * data[i]! + 0.7152 * data[i + 1]! + 0.0722 * data[i + 2]!;
				sum += luma;
				sumSquares += luma * luma;
			}
			const mean = sum / n;
			return { mean, variance: sumSquares / n - mean * mean };
		},
		`data:image/png;base64,${bytes.toString('base64')}`
	);
	expect(spread.variance).toBeGreaterThan(100);
	expect(spread.mean).toBeGreaterThan(5);
});

test('the presenter exports 3840×2160 too', async ({ page }) => {
	test.setTimeout(120_000);
	await page.goto(`${BRIEFING}/presenter?scene=2`);
	const downloading = page.waitForEvent('download', { timeout: 90_000 });
	await page.getByRole('button', { name: 'Export PNG 3840×2160' }).click();
	const bytes = readFileSync((await (await downloading).path())!);
	expect(pngSize(bytes)).toEqual({ width: 3840, height: 2160 });
});

test('the handout prints one scene per page with its notes', async ({ page }) => {
	await page.goto(`${BRIEFING}/present?print`);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(scenes.map((s) => s.title));
	await expect(page.getByText(scenes[2]!.notes)).toBeVisible();
	const breaks = await page
		.locator('section')
		.first()
		.evaluate((element) => getComputedStyle(element).breakAfter);
	expect(breaks).toBe('page');
});

test('every scene frames its highlighted places and whole bands above the caption, with large ring labels', async ({
	page
}) => {
	test.setTimeout(240_000);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	for (let n = 1; n <= scenes.length; n++) {
		await openPresent(page, `?scene=${n}`);
		const scene = scenes[n - 1]!;
		await expect.poll(() => page.evaluate(() => !window.__map!.isMoving())).toBe(true);
		await page.waitForTimeout(500);
		const frame = await page.evaluate(async (ids) => {
			const map = window.__map!;
			const captionTop = document.querySelector('.caption')!.getBoundingClientRect().top;
			const source = map.getSource('range-bands') as
				{ getData: () => Promise<GeoJSON.FeatureCollection> } | undefined;
			const drawn =
				source && map.getLayoutProperty('range-bands-fill', 'visibility') !== 'none'
					? await source.getData()
					: undefined;
			const coordinates = JSON.stringify(drawn?.features.map((f) => f.geometry) ?? []);
			const bandPoints = [...coordinates.matchAll(/\[(-?[\d.]+),(-?[\d.]+)\]/g)].map((m) => [
				Number(m[1]),
				Number(m[2])
			]);
			const features = map.querySourceFeatures('briefing-places');
			const placePoints = ids.map((id) => {
				const f = features.find((feature) => feature.id === id || feature.properties.id === id);
				return f && f.geometry.type === 'Point' ? f.geometry.coordinates : undefined;
			});
			const project = (p: number[]) => {
				const { x, y } = map.project([p[0]!, p[1]!]);
				return [Math.round(x), Math.round(y)];
			};
			return {
				captionTop,
				width: innerWidth,
				places: placePoints.map((p) => p && project(p)),
				bands: bandPoints.map(project),
				ringLabelSize: map.getLayer('range-bands-label')
					? map.getLayoutProperty('range-bands-label', 'text-size')
					: undefined
			};
		}, scene.highlightPlaces);
		const where = `scene ${n}`;
		for (const point of [...frame.places, ...frame.bands]) {
			expect(point, where).toBeTruthy();
			const [x, y] = point!;
			expect(x, where).toBeGreaterThanOrEqual(0);
			expect(x, where).toBeLessThanOrEqual(frame.width);
			expect(y, where).toBeGreaterThanOrEqual(0);
			expect(y, where).toBeLessThanOrEqual(frame.captionTop);
		}
		if (frame.ringLabelSize !== undefined) expect(frame.ringLabelSize).toBeGreaterThanOrEqual(24);
	}
});

test('the presenter shows the next scene as a live map', async ({ page }) => {
	await page.setViewportSize({ width: 1600, height: 1000 });
	await page.goto(`${BRIEFING}/presenter?scene=2`);
	const preview = page.getByTestId('next-scene-map');
	await expect(preview).toHaveAttribute('aria-label', `Map of scene 3: ${scenes[2]!.title}`);
	await expect(preview).toHaveAttribute('data-drawn', scenes[2]!.id, { timeout: 45_000 });
	const canvas = (await preview.locator('canvas').boundingBox())!;
	expect(canvas.width).toBeGreaterThan(200);
	await page.keyboard.press('PageDown');
	await expect(preview).toHaveAttribute('data-drawn', scenes[3]!.id, { timeout: 45_000 });
});
