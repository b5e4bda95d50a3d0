/**
 * The error page when a client-side navigation cannot load its data: the server went away, or
 * the connection dropped. The reader must see what happened and be able to try again, never a
 * blank page.
 */
import { expect, test } from './fixtures';

const BRIEFING = '/b/iran-drones-2022';
const DATA_REQUEST = `**${BRIEFING}/__data.json*`;

test('a failed data request during navigation shows a clear message and Try again works', async ({
	page,
	problems
}) => {
	// The aborted request, and SvelteKit reporting the failed fetch, are what this test causes.
	problems.allow(/Failed to load resource|Failed to fetch/);
	await page.goto('/', { waitUntil: 'networkidle' });
	await page.route(DATA_REQUEST, (route) => route.abort('connectionrefused'));
	const link = page.getByRole('link', { name: /US says Iran showed attack-capable drones/ });
	// A query on the target checks that Try again keeps it (the form's hidden fields hold it).
	await link.evaluate((a) => a.setAttribute('href', '/b/iran-drones-2022?place=tehran'));
	await link.click();

	await expect(page).toHaveURL(/\/b\/iran-drones-2022\?place=tehran$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not available');
	await expect(page.getByRole('alert')).toContainText('could not be loaded');
	await expect(page.getByRole('alert')).toContainText('try again');
	await expect(page.locator('input[type="hidden"][name="place"]')).toHaveValue('tehran');
	await expect(page.getByRole('link', { name: 'All briefings' })).toBeVisible();

	await page.unroute(DATA_REQUEST);
	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'US says Iran showed attack-capable drones to Russia'
	);
	await expect(page).toHaveURL(/\/b\/iran-drones-2022\?place=tehran/);
	await expect(page.locator('#place-kashan-airfield')).toBeVisible();
});

test('a page that does not exist offers the way home, not a retry', async ({ page, problems }) => {
	problems.allow(/status of 404/);
	const response = await page.goto('/b/no-such-briefing');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
	await expect(page.getByRole('alert')).toContainText('no-such-briefing');
	await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'All briefings' })).toHaveAttribute('href', '/');
});
