/**
 * The offline guarantee in one walk: every page of the app, with the map drawn where there is
 * one, and not a single request to a host other than this machine (the fixture routes every
 * request and fails the test on any that leaves). A room without internet sees exactly this.
 */
import { expect, test } from './fixtures';
import { BRIEFING, disableWebGL, mapPlace, waitForMap } from './map-helpers';

test('every page works without a request leaving this machine', async ({ page }) => {
	const hosts = new Set<string>();
	page.on('request', (request) => hosts.add(new URL(request.url()).host));

	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('briefmap');

	await page.goto(BRIEFING);
	await waitForMap(page);
	await mapPlace(page, 'Tehran').click();
	await expect(page.locator('.maplibregl-popup')).toContainText('Tehran');

	await page.goto(`${BRIEFING}/present`);
	await waitForMap(page);
	await page.keyboard.press('PageDown');
	await expect(page.locator('body')).toHaveAttribute('data-scene', '2');

	await page.goto(`${BRIEFING}/presenter`);
	await expect(page.getByRole('button', { name: /Next/ }).first()).toBeVisible();

	await page.goto(`${BRIEFING}/present?print`);
	await expect(page.getByRole('heading', { name: 'The claim' }).first()).toBeVisible();

	await page.goto('/api');
	await expect(page.locator('body')).toContainText('conformance');

	expect([...hosts]).toEqual([new URL(page.url()).host]);
});

test('the fallback page without WebGL makes no outside request either', async ({ page }) => {
	await disableWebGL(page);
	await page.goto(BRIEFING);
	await expect(page.getByRole('img', { name: /Static map of the places/ })).toBeVisible();
});
