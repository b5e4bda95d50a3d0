/**
 * The analyst's tools on the explore view: range bands per platform, the movable launch point,
 * the in-reach list and the distance tool, checked against what MapLibre holds and against
 * GeographicLib computed here.
 */
import geographiclib from 'geographiclib-geodesic';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BRIEFING, waitForMap } from './map-helpers';

const KASHAN_AIRFIELD = { lat: 33.89533, lon: 51.57704 };
const KYIV = { lat: 50.45466, lon: 30.5238 };

interface BandFeature {
	platformId: string;
	part: string;
	kind: string;
	coordinates: number[][];
}

/** The features of the range-band source as MapLibre holds them. */
async function bandFeatures(page: Page): Promise<BandFeature[]> {
	return page.evaluate(async () => {
		const source = window.__map!.getSource('range-bands');
		const data = (await source!.serialize()).data as GeoJSON.FeatureCollection;
		return data.features.map((f) => ({
			platformId: String(f.properties!.platformId),
			part: String(f.properties!.part),
			kind: String(f.properties!.kind),
			coordinates:
				f.geometry.type === 'LineString'
					? f.geometry.coordinates
					: f.geometry.type === 'Polygon'
						? f.geometry.coordinates[0]!
						: []
		}));
	});
}

/**
 * Mean position of the 200 km control ring: its centre, near enough at that radius. The bands
 * are drawn just after the map first settles (their maths loads then), so this waits for them.
 */
async function controlRingCentre(page: Page): Promise<[number, number]> {
	const controlRing = async () =>
		(await bandFeatures(page)).find((f) => f.kind === 'control-radius');
	await expect.poll(controlRing, { message: 'the control ring is drawn' }).toBeDefined();
	const ring = await controlRing();
	const n = ring!.coordinates.length;
	let lonSum = 0;
	let latSum = 0;
	for (const [lon, lat] of ring!.coordinates) {
		lonSum += lon!;
		latSum += lat!;
	}
	return [lonSum / n, latSum / n];
}

function reachRow(page: Page, placeId: string) {
	return page.locator(`table[data-platform-id="shahed-129"] tr[data-place-id="${placeId}"]`);
}

test.describe('analysis tools', () => {
	test('Shahed-129 bands are on by default and follow the platform checkboxes', async ({
		page
	}) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		await expect(page.getByRole('checkbox', { name: 'Range bands' })).toBeChecked();
		const shahed129 = page.getByRole('checkbox', { name: 'Shahed-129' });
		await expect(shahed129).toBeChecked();
		await expect
			.poll(async () => [...new Set((await bandFeatures(page)).map((f) => f.platformId))])
			.toEqual(['shahed-129']);
		const rendered = await page.evaluate(
			() => window.__map!.queryRenderedFeatures({ layers: ['range-bands-fill'] }).length
		);
		expect(rendered).toBeGreaterThan(0);

		await shahed129.uncheck();
		await expect.poll(async () => (await bandFeatures(page)).length).toBe(0);
		await expect(page).toHaveURL(/platforms=(&|#|$)/);

		await page.getByRole('checkbox', { name: 'Shahed-136' }).check();
		await expect
			.poll(async () => [...new Set((await bandFeatures(page)).map((f) => f.platformId))])
			.toEqual(['shahed-136']);
		expect((await bandFeatures(page)).map((f) => f.part)).toContain('band');
	});

	test('Shahed-191 has no ring and says no range is published', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		const box = page.getByRole('checkbox', { name: 'Shahed-191' });
		await expect(box).toBeDisabled();
		await expect(box).not.toBeChecked();
		await expect(
			page.getByRole('checkbox', { name: 'Shahed-191 (no published range)' })
		).toBeVisible();
		await expect(page.locator('#no-range-shahed-191')).toContainText('did not say what range');
		expect((await bandFeatures(page)).some((f) => f.platformId === 'shahed-191')).toBe(false);
	});

	test('the reach list puts Tehran at the edge of the control radius from Kashan Airfield', async ({
		page
	}) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		await expect(page.locator('table[data-platform-id="shahed-129"] caption')).toContainText(
			'from Kashan Airfield'
		);
		const tehran = reachRow(page, 'tehran');
		await expect(tehran).toContainText('200.1 km');
		await expect(tehran).toContainText('at the edge (~200 km)');
		await expect(reachRow(page, 'isfahan')).toContainText('inside');
		await expect(reachRow(page, 'washington')).toContainText('outside');
	});

	test('dragging the launch point with the mouse moves the bands, the list and the URL', async ({
		page
	}) => {
		await page.goto(`${BRIEFING}#5/34/52`);
		await waitForMap(page);
		const before = await controlRingCentre(page);
		expect(before[0]).toBeCloseTo(KASHAN_AIRFIELD.lon, 0);
		expect(before[1]).toBeCloseTo(KASHAN_AIRFIELD.lat, 0);
		const tehranBefore = await reachRow(page, 'tehran').locator('td').first().textContent();

		// Grab the ring's east edge: the centre belongs to the place under the launch point, and
		// Kashan city's button sits just west of it.
		const marker = await page.locator('.launch-point').boundingBox();
		const x = marker!.x + marker!.width - 4;
		const y = marker!.y + marker!.height / 2;
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 60, y + 40, { steps: 5 });
		// Mid-drag the bands already follow.
		await expect.poll(async () => (await controlRingCentre(page))[0]).toBeLessThan(before[0] - 0.5);
		await page.mouse.move(x - 120, y + 80, { steps: 5 });
		await page.mouse.up();

		const after = await controlRingCentre(page);
		expect(after[0]).toBeLessThan(before[0] - 1);
		expect(after[1]).toBeLessThan(before[1] - 0.5);
		await expect(page).toHaveURL(/origin=4\d\.\d{1,3}(,|%2C)3\d\.\d{1,3}(&|#|$)/);
		await expect(page.getByLabel('Launch point', { exact: true })).toHaveValue('');
		await expect(reachRow(page, 'tehran').locator('td').first()).not.toHaveText(tehranBefore!);
		await expect(page.locator('table[data-platform-id="shahed-129"] caption')).toContainText('° N');
	});

	test('the launch point moves with the arrow keys and says where it went', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		const before = await controlRingCentre(page);
		await page.locator('.launch-point').focus();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/origin=51\.827(,|%2C)33\.895(&|#|$)/);
		await page.keyboard.press('Shift+ArrowUp');
		await expect(page).toHaveURL(/origin=51\.827(,|%2C)34\.895(&|#|$)/);
		const after = await controlRingCentre(page);
		expect(after[0] - before[0]).toBeCloseTo(0.25, 1);
		expect(after[1] - before[1]).toBeCloseTo(1, 1);
		await expect(page.locator('.launch-status')).toHaveText(
			'Launch point moved to 34.895° N, 51.827° E'
		);
		// Tehran is now about 86 km away, well inside the control radius.
		await expect(reachRow(page, 'tehran').locator('td').nth(4)).toHaveText('inside');
	});

	test('picking a launch place moves the bands and is kept in the URL', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		await page.getByLabel('Launch point', { exact: true }).selectOption('isfahan');
		await expect(page).toHaveURL(/origin=isfahan/);
		const centre = await controlRingCentre(page);
		expect(centre[1]).toBeCloseTo(32.65, 1);
		await page.reload();
		await waitForMap(page);
		await expect(page.getByLabel('Launch point', { exact: true })).toHaveValue('isfahan');
	});

	test('the distance tool measures Kashan Airfield to Kyiv along the geodesic', async ({
		page
	}) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		await page.getByRole('button', { name: 'Measure distance' }).click();
		await page.getByLabel('From', { exact: true }).selectOption('kashan-airfield');
		await page.getByLabel('To', { exact: true }).selectOption('kyiv');

		const { Geodesic } = geographiclib;
		const inverse = Geodesic.WGS84.Inverse(
			KASHAN_AIRFIELD.lat,
			KASHAN_AIRFIELD.lon,
			KYIV.lat,
			KYIV.lon
		);
		const km = (inverse.s12 as number) / 1000;
		const nm = (inverse.s12 as number) / 1852;
		const bearing = (((inverse.azi1 as number) % 360) + 360) % 360;
		const fmt = (v: number) =>
			v.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
		const status = page.locator('.measure [role="status"]');
		await expect(status.locator('.distance-km')).toHaveText(`${fmt(km)} km`);
		await expect(status).toContainText(`${fmt(nm)} nmi`);
		await expect(status).toContainText(`initial bearing ${bearing.toFixed(1)}°`);

		const line = await page.evaluate(async () => {
			const data = (await window.__map!.getSource('distance-tool')!.serialize())
				.data as GeoJSON.FeatureCollection;
			const feature = data.features.find((f) => f.geometry.type === 'LineString')!;
			return {
				label: String(feature.properties!.label),
				coordinates: (feature.geometry as GeoJSON.LineString).coordinates
			};
		});
		expect(line.label).toBe(
			`${fmt(km)} km · ${fmt(nm)} nmi · initial bearing ${bearing.toFixed(1)}°`
		);
		// A geodesic, densified: not the two-point Mercator segment.
		expect(line.coordinates.length).toBeGreaterThan(50);
		const mid = line.coordinates[Math.floor(line.coordinates.length / 2)]!;
		const direct = Geodesic.WGS84.Direct(
			KASHAN_AIRFIELD.lat,
			KASHAN_AIRFIELD.lon,
			inverse.azi1 as number,
			(inverse.s12 as number) / 2
		);
		expect(Math.abs(mid[0]! - (direct.lon2 as number))).toBeLessThan(0.3);
		expect(Math.abs(mid[1]! - (direct.lat2 as number))).toBeLessThan(0.3);

		await page.keyboard.press('Escape');
		await expect(page.getByRole('button', { name: 'Measure distance' })).toHaveAttribute(
			'aria-pressed',
			'false'
		);
		await expect(status).toHaveText('');
	});

	test('two clicks on the map measure between them', async ({ page }) => {
		await page.goto(`${BRIEFING}#4/42/40`);
		await waitForMap(page);
		await page.getByRole('button', { name: 'Measure distance' }).click();
		const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.click(box.x + box.width * 0.3, box.y + box.height * 0.3);
		await expect(page.locator('.measure [role="status"]')).toContainText('Start set');
		await page.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.6);
		await expect(page.locator('.measure .distance-km')).toHaveText(/^[\d,]+\.\d km$/);
		await page.getByRole('button', { name: 'Stop measuring' }).click();
		const count = await page.evaluate(
			async () =>
				(
					(await window.__map!.getSource('distance-tool')!.serialize())
						.data as GeoJSON.FeatureCollection
				).features.length
		);
		expect(count).toBe(0);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`screenshot with Shahed-129 bands, ${theme} theme`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 800 });
			await page.addInitScript((t) => localStorage.setItem('briefmap-theme', t), theme);
			await page.goto(BRIEFING);
			await waitForMap(page);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			await page.evaluate(
				() =>
					new Promise((resolve) => {
						window.__map!.once('idle', resolve);
						window.__map!.triggerRepaint();
					})
			);
			await page.screenshot({ path: `test-results/analysis-${theme}.png` });
			const labels = await page.evaluate(
				() => window.__map!.queryRenderedFeatures({ layers: ['range-bands-label'] }).length
			);
			expect(labels).toBeGreaterThan(0);
		});
	}
});
