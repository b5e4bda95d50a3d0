import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { BRIEFING, disableWebGL, pointPlaceIds, waitForMap } from './map-helpers';

test.describe('explore view', () => {
	test('the map draws every place of the briefing', async ({ page, problems }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		const ids = await pointPlaceIds(page);
		expect(ids.length).toBeGreaterThanOrEqual(11);
		for (const id of ids)
			await expect(page.locator(`.place-hit[data-place-id="${id}"]`)).toHaveCount(1);
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
		expect(problems.errors).toEqual([]);
	});

	test('clicking Kashan Airfield shows what the article says about it', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		// The launch point's ring sits around Kashan Airfield by default; its centre is the place's.
		await page.locator('.place-hit[data-place-id="kashan-airfield"]').click();
		const popup = page.locator('.maplibregl-popup');
		await expect(popup.getByRole('heading', { name: 'Kashan Airfield' })).toBeVisible();
		await expect(popup.locator('blockquote').first()).toContainText(
			'Kashan Airfield, in central Iran'
		);
		await expect(page).toHaveURL(/place=kashan-airfield/);
		await popup.getByRole('button', { name: 'Full details' }).click();
		await expect(page.getByRole('region', { name: 'Details of Kashan Airfield' })).toContainText(
			'Fact check'
		);
	});

	test('clicking a mention in the article selects its place', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		await page.locator('#p9').getByRole('button', { name: 'Kyiv' }).click();
		await expect(
			page.locator('.maplibregl-popup').getByRole('heading', { name: 'Kyiv' })
		).toBeVisible();
		await expect(page.locator('.mention[data-place-id="kyiv"]').first()).toHaveAttribute(
			'aria-pressed',
			'true'
		);
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
		await expect(page.locator('.place-hit')).toHaveCount(0);
	});

	test('the keyboard alone reaches and opens every place', async ({ page }) => {
		await page.goto(BRIEFING);
		await waitForMap(page);
		const ids = new Set(await pointPlaceIds(page));
		const reached = new Set<string>();
		for (let press = 0; press < 300 && reached.size < ids.size; press++) {
			await page.keyboard.press('Tab');
			const id = await page.evaluate(
				() => (document.activeElement as HTMLElement | null)?.dataset.placeId
			);
			const onMap = await page.evaluate(() =>
				document.activeElement?.classList.contains('place-hit')
			);
			if (id && onMap) reached.add(id);
		}
		expect([...reached].sort()).toEqual([...ids].sort());
		// Enter on the focused place opens it; Esc closes it.
		await page.locator('.place-hit[data-place-id="moscow"]').focus();
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
		expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
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
