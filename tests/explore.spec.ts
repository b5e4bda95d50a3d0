import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import {
	BRIEFING,
	disableWebGL,
	mapPlace,
	mapRegion,
	pointPlaceNames,
	waitForMap
} from './map-helpers';

test.describe('explore view', () => {
	test('the map draws every place of the briefing', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		const names = await pointPlaceNames(page);
		expect(names.length).toBeGreaterThanOrEqual(11);
		for (const name of names) await expect(mapPlace(page, name)).toHaveCount(1);
		const drawn = await page.evaluate(() =>
			window
				.__map!.queryRenderedFeatures({ layers: ['briefing-places-dot'] })
				.map((f) => f.properties.id)
		);
		for (const id of ['kashan-airfield', 'tehran', 'kyiv', 'moscow']) expect(drawn).toContain(id);
		// The basemap does not print a story place's name a second time.
		const basemapCities = await page.evaluate(() =>
			window
				.__map!.queryRenderedFeatures({ layers: ['basemap-city-labels'] })
				.map((f) => f.properties.name)
		);
		expect(basemapCities.length).toBeGreaterThan(0);
		for (const name of ['Tehran', 'Kyiv', 'Kashan']) expect(basemapCities).not.toContain(name);
		const basemapCountries = await page.evaluate(() =>
			window
				.__map!.queryRenderedFeatures({ layers: ['basemap-country-labels'] })
				.map((f) => f.properties.name)
		);
		expect(basemapCountries.length).toBeGreaterThan(0);
		for (const name of ['Iran', 'Ukraine']) expect(basemapCountries).not.toContain(name);
	});

	test('clicking Kashan Airfield shows what the article says about it', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		// The launch point's ring sits around Kashan Airfield by default; its centre is the place's.
		await mapPlace(page, 'Kashan Airfield').click();
		const popup = page.locator('.maplibregl-popup');
		await expect(popup.getByRole('heading', { name: 'Kashan Airfield' })).toBeVisible();
		await expect(
			popup.locator('blockquote').filter({ hasText: 'Kashan Airfield, in central Iran' })
		).toBeVisible();
		await expect(page).toHaveURL(/place=kashan-airfield/);
		await popup.getByRole('button', { name: 'Full details' }).click();
		await expect(page.getByRole('region', { name: 'Details of Kashan Airfield' })).toContainText(
			'Fact check'
		);
	});

	test('events the article reports as a claim read as whose claim they are', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		await mapPlace(page, 'Kashan Airfield').click();
		await page.locator('.maplibregl-popup').getByRole('button', { name: 'Full details' }).click();
		const details = page.getByRole('region', { name: 'Details of Kashan Airfield' });
		await expect(details.getByRole('list', { name: 'Events at Kashan Airfield' })).toContainText(
			'US says Iranian officials showed Shahed-191 and Shahed-129 drones to a Russian delegation'
		);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await timeline.locator('summary').click();
		await expect(timeline.getByRole('listitem').filter({ hasText: '11 July 2022' })).toContainText(
			'US (Jake Sullivan) says Iran is preparing to give Russia up to several hundred drones, on an expedited timeline; Iran denies'
		);
	});

	test('clicking a mention in the article selects its place', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		const mention = page.locator('#p9').getByRole('button', { name: 'Kyiv' });
		await mention.click();
		await expect(
			page.locator('.maplibregl-popup').getByRole('heading', { name: 'Kyiv' })
		).toBeVisible();
		await expect(mention).toHaveAttribute('aria-pressed', 'true');
		await expect(page).toHaveURL(/place=kyiv/);
	});

	test('a shared URL restores the view, the selection and the layers', async ({ page }) => {
		await page.goto(`${BRIEFING}?place=tehran&layers=places#5.5/35.1/50.9`);
		await waitForMap(page);
		await expect(
			page.locator('.maplibregl-popup').getByRole('heading', { name: 'Tehran' })
		).toBeVisible();
		await expect(page.getByRole('checkbox', { name: 'Countries in the story' })).not.toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Places in the story' })).toBeChecked();
		const view = await page.evaluate(() => ({
			zoom: window.__map!.getZoom(),
			center: window.__map!.getCenter().toArray()
		}));
		expect(view.zoom).toBeCloseTo(5.5, 1);
		expect(view.center[0]).toBeCloseTo(50.9, 1);
		expect(view.center[1]).toBeCloseTo(35.1, 1);
	});

	test('toggling a layer hides it on the map and records it in the URL', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		await page.getByRole('checkbox', { name: 'Places in the story' }).uncheck();
		await expect(page).toHaveURL(/layers=countries/);
		const visibility = await page.evaluate(() =>
			window.__map!.getLayoutProperty('briefing-places-dot', 'visibility')
		);
		expect(visibility).toBe('none');
		await expect(mapPlace(page, 'Kashan Airfield')).toHaveCount(0);
	});

	test('the keyboard alone reaches and opens every place', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		const names = await pointPlaceNames(page);
		const map = await mapRegion(page).elementHandle();
		const reached = new Set<string>();
		for (let press = 0; press < 300 && reached.size < names.length; press++) {
			await page.keyboard.press('Tab');
			// The focused button's accessible name, when it is on the map: "Moscow, capital city".
			const label = await page.evaluate((region) => {
				const focused = document.activeElement;
				if (!focused || focused.tagName !== 'BUTTON' || !region?.contains(focused)) return null;
				return focused.getAttribute('aria-label');
			}, map);
			const name = label?.slice(0, label.lastIndexOf(', '));
			if (name && names.includes(name)) reached.add(name);
		}
		expect([...reached].sort()).toEqual([...names].sort());
		// Enter on the focused place opens it; Esc closes it.
		await mapPlace(page, 'Moscow').focus();
		await page.keyboard.press('Enter');
		await expect(
			page.locator('.maplibregl-popup').getByRole('heading', { name: 'Moscow' })
		).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(page.locator('.maplibregl-popup')).toHaveCount(0);
	});

	test('places off the regional map are reachable through pointers', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		const pointer = page.getByRole('button', { name: /Washington, D\.C\., outside the view/ });
		await expect(pointer).toBeVisible();
		await pointer.click();
		await expect(
			page.locator('.maplibregl-popup').getByRole('heading', { name: 'Washington, D.C.' })
		).toBeVisible();
	});

	test('without WebGL the page says so and shows a static map', async ({ page }) => {
		await disableWebGL(page);
		await page.goto(BRIEFING);
		await expect(page.getByRole('status').filter({ hasText: 'cannot draw' })).toContainText(
			'cannot draw the interactive map'
		);
		const image = page.getByRole('img', { name: /Static map of the places/ });
		await expect(image).toBeVisible();
		// The first rendering reads Natural Earth on the server: wait for the picture to arrive.
		await expect
			.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
			.toBeGreaterThan(0);
	});

	test('has no serious or critical accessibility violations', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		const results = await new AxeBuilder({ page }).analyze();
		const serious = results.violations.filter(
			(v) => v.impact === 'serious' || v.impact === 'critical'
		);
		expect(
			serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
		).toEqual([]);
	});
});
