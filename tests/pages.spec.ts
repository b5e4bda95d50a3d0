import { expect, test } from './fixtures';

test('the home page lists the seed briefing', async ({ page }) => {
	await page.goto('/');
	const link = page.getByRole('link', { name: /Iran/ }).first();
	await expect(link).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(/\/b\/iran-drones-2022/);
});

test('the briefing page is useful without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/b/iran-drones-2022');
	await expect(page.getByRole('heading', { level: 1 })).toContainText(/drone/i);
	const article = page.getByRole('article');
	await expect(article.locator('#p5')).toContainText(
		'Kashan Airfield, in central Iran, on June 8 and July 15'
	);
	const places = page.getByRole('region', { name: 'Places in this briefing' });
	const kashan = places.locator('#place-kashan-airfield');
	await expect(kashan.getByRole('heading', { name: 'Kashan Airfield' })).toBeVisible();
	await expect(kashan.locator('blockquote mark').first()).toHaveText(/Kashan Airfield|airfield/);
	await context.close();
});

test('an unknown briefing is a 404 page, not an error', async ({ page, problems }) => {
	problems.allow(/Failed to load resource: the server responded with a status of 404/);
	const response = await page.goto('/b/no-such-briefing');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
});

test('responses carry the security headers', async ({ request }) => {
	const response = await request.get('/b/iran-drones-2022');
	const headers = response.headers();
	expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
	expect(headers['content-security-policy']).not.toMatch(/unsafe-eval/);
	expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['permissions-policy']).toContain('camera=()');
});

test('static files carry the baseline headers too', async ({ request }) => {
	for (const path of ['/favicon.svg', '/theme-init.js', '/basemap/world.pmtiles']) {
		const response = await request.get(path, { headers: { range: 'bytes=0-15' } });
		expect(response.status(), path).toBeLessThan(300);
		expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
		expect(response.headers()['referrer-policy'], path).toBe('no-referrer');
	}
	const archive = await request.get('/basemap/world.pmtiles', { headers: { range: 'bytes=0-6' } });
	expect(archive.status()).toBe(206);
	expect(archive.headers()['content-type']).toBe('application/vnd.pmtiles');
	expect((await archive.body()).toString('latin1')).toBe('PMTiles');
});

test('the server serves basemap tiles one by one, gzipped, and names a bad address', async ({
	request
}) => {
	const tile = await request.get('/basemap/tiles/2/2/1.pbf');
	expect(tile.status()).toBe(200);
	expect(tile.headers()['content-type']).toBe('application/vnd.mapbox-vector-tile');
	expect(tile.headers()['content-encoding']).toBe('gzip');
	expect(tile.headers()['x-content-type-options']).toBe('nosniff');
	expect((await tile.body()).byteLength).toBeGreaterThan(100);

	const bad = await request.get('/basemap/tiles/2/two/1.pbf');
	expect(bad.status()).toBe(400);
	expect(bad.headers()['content-type']).toBe('application/problem+json');
	expect((await bad.json()).detail).toBe("x: 'two' is not a whole number");
});
