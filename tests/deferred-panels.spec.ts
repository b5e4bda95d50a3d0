/**
 * The explore page's deferred panels (src/lib/components/deferred/DeferredHydration.svelte): the
 * timeline, the analysis panel and the place list come from the server styled and readable, run
 * their code once the map has settled, keep the server's nodes when they do, and lose no click
 * that lands before then.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BRIEFING, waitForMap, waitForPanels } from './map-helpers';
import { readChunkModules } from '../scripts/bench/first-view-js';

/**
 * Holds back the built chunk that holds `module` (from the build's module record) until the
 * returned function is called, so a test can act while the panel's code has not arrived.
 */
async function holdChunkOf(page: Page, module: string): Promise<() => void> {
	const chunks = readChunkModules();
	const chunk = Object.keys(chunks).find((file) => module in chunks[file]!);
	expect(chunk, `a built chunk holds ${module}`).toBeDefined();
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/${chunk}`, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

test('without JavaScript every styled element of the explore page has its styles', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(BRIEFING);
	for (const panel of ['timeline', 'analysis', 'places'])
		await expect(page.locator(`[data-deferred="${panel}"]`)).not.toBeEmpty();
	const unstyled = await page.evaluate(() => {
		// Svelte marks an element with its component's scope class only when that CSS styles it.
		const scopes = new Set(
			[...document.querySelectorAll('[class*="svelte-"]')].flatMap((element) =>
				[...element.classList].filter((name) => /^svelte-[a-z0-9]+$/.test(name))
			)
		);
		const css = [...document.styleSheets]
			.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
			.join('\n');
		return [...scopes].filter((scope) => !css.includes(`.${scope}`));
	});
	expect(unstyled, 'scope classes with no CSS on the page').toEqual([]);
	await context.close();
});

test("hydration takes over the server's nodes rather than drawing them again", async ({ page }) => {
	const release = await holdChunkOf(page, 'src/lib/components/Timeline.svelte');
	await page.goto(BRIEFING);
	const slider = page.getByRole('slider', { name: 'Timeline date' });
	await expect(slider).toBeVisible();
	await slider.evaluate((element) => ((element as HTMLElement & { mark?: string }).mark = 'ssr'));
	release();
	await waitForMap(page);
	expect(
		await slider.evaluate((element) => (element as HTMLElement & { mark?: string }).mark)
	).toBe('ssr');
	// …and it runs: the slider moves the date.
	await slider.focus();
	await page.keyboard.press('Home');
	await expect(page.getByRole('status').filter({ hasText: 'Known by' })).toContainText('0 of 9');
});

test('a click on a panel before its code has loaded is replayed once it has', async ({ page }) => {
	const release = await holdChunkOf(page, 'src/lib/components/AnalysisPanel.svelte');
	await page.goto(BRIEFING);
	const shahed136 = page.getByRole('checkbox', { name: 'Shahed-136' });
	await expect(shahed136).not.toBeChecked();
	// The code is held back: the click is held too, and the box does not change behind the page's back.
	await shahed136.click();
	await expect(shahed136).not.toBeChecked();
	await expect(page.locator('[data-deferred="analysis"]')).toHaveAttribute('data-live', 'false');
	release();
	await waitForPanels(page);
	await expect(shahed136).toBeChecked();
	await expect(page).toHaveURL(/platforms=[^&#]*shahed-136/);
});

test('after a navigation in the app the panels are mounted at once', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('link', { name: /US says Iran showed/ })
		.first()
		.click();
	await expect(page).toHaveURL(new RegExp(`${BRIEFING}`));
	await waitForPanels(page);
	await expect(page.getByRole('slider', { name: 'Timeline date' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Places in this briefing' })).toHaveCount(1);
	await expect(page.getByRole('heading', { name: 'Analysis' })).toHaveCount(1);
});
