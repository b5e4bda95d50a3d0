/**
 * Checks shared by the portable forms of a briefing (single file, static site): each must show
 * the explore view and the presentation as the app does, with no request to anything but what
 * the test allows.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';
import { waitForMap } from './map-helpers';

export const BRIEFING_ID = 'iran-drones-2022';

/** Runs `npm run export -- …` (through tsx directly, as npm would) and returns its output. */
export function runExport(...args: string[]): string {
	return execFileSync('npx', ['tsx', 'scripts/export/run.ts', ...args], { encoding: 'utf8' });
}

/**
 * Fails every request `allowed` rejects and records it, so a test can assert there were none.
 * Requests Playwright cannot route (file:, data:, blob:) are seen through the `request` event.
 */
export async function guardRequests(
	context: BrowserContext,
	allowed: (url: string) => boolean
): Promise<string[]> {
	const refused: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		if (allowed(url)) return route.continue();
		refused.push(url);
		return route.abort('blockedbyclient');
	});
	context.on('request', (request) => {
		if (!allowed(request.url()) && !refused.includes(request.url())) refused.push(request.url());
	});
	return refused;
}

/** The map is drawn: places on it and basemap labels from the embedded tiles. */
export async function expectMapDrawn(page: Page) {
	await waitForMap(page);
	const rendered = (layer: string) =>
		page.evaluate((id) => window.__map!.queryRenderedFeatures({ layers: [id] }).length, layer);
	await expect.poll(() => rendered('basemap-land')).toBeGreaterThan(0);
	await expect.poll(() => rendered('basemap-country-labels')).toBeGreaterThan(0);
	const places = await page.evaluate(() =>
		window
			.__map!.queryRenderedFeatures({ layers: ['briefing-places-dot'] })
			.map((f) => f.properties.id)
	);
	for (const id of ['kashan-airfield', 'tehran', 'kyiv']) expect(places).toContain(id);
}

/** Kashan Airfield's popup quotes the article. */
export async function expectKashanPopup(page: Page) {
	await page.locator('.place-hit[data-place-id="kashan-airfield"]').click();
	const popup = page.locator('.maplibregl-popup');
	await expect(popup.getByRole('heading', { name: 'Kashan Airfield' })).toBeVisible();
	await expect(
		popup.locator('blockquote').filter({ hasText: 'Kashan Airfield, in central Iran' }).first()
	).toBeVisible();
}

/** From the explore view, opens the presentation and walks its scenes with PageDown. */
export async function expectPresentationWalks(page: Page, sceneCount: number) {
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-scene', '1');
	await waitForMap(page);
	for (let n = 2; n <= sceneCount; n++) {
		await page.keyboard.press('PageDown');
		await expect(page.locator('body')).toHaveAttribute('data-scene', String(n));
		await expect(page.getByText(`${n} / ${sceneCount}`, { exact: true })).toBeVisible();
	}
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog')).toBeVisible();
}

/** How many scenes the exported briefing has, read from its briefing.json. */
export const sceneCount = JSON.parse(
	readFileSync(
		new URL(`../geodata/briefings/${BRIEFING_ID}/briefing.json`, import.meta.url),
		'utf8'
	)
).scenes.length as number;
