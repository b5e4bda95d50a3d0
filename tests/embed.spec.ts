/**
 * The embed inside a page from another loopback origin: it renders, its frame grows to fit it
 * through postMessage, and its link opens the full briefing. The app runs here with
 * FRAME_ANCESTORS naming the host page's origin — the embed route honours it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { expect, test } from './fixtures';
import { BRIEFING_ID } from './portable-helpers';

const base = Number(process.env.E2E_PORT ?? 4173);
const appOrigin = `http://127.0.0.1:${base + 51}`;
const hostOrigin = `http://127.0.0.1:${base + 52}`;
let app: ChildProcess | undefined;
let host: Server | undefined;

test.beforeAll(async () => {
	app = spawn('node', ['scripts/serve.js'], {
		env: {
			...process.env,
			PORT: String(base + 51),
			ORIGIN: appOrigin,
			FRAME_ANCESTORS: hostOrigin
		},
		stdio: 'ignore'
	});
	await expect
		.poll(
			() =>
				fetch(`${appOrigin}/api`).then(
					(r) => r.status,
					() => 0
				),
			{ timeout: 20_000 }
		)
		.toBe(200);
	host = createServer(async (_request, response) => {
		const { embedSnippet } = await import('../src/lib/briefing/embed');
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(
			`<!doctype html><title>A newsroom page</title><h1>News</h1><div style="width:600px">${embedSnippet(appOrigin, BRIEFING_ID, 'Iran shows attack drones to Russia')}</div>`
		);
	});
	await new Promise<void>((done) => host!.listen(base + 52, '127.0.0.1', done));
});

test.afterAll(() => {
	app?.kill();
	host?.close();
});

test('the embed renders in another origin’s page, fits its frame and links to the briefing', async ({
	page,
	problems
}) => {
	await page.setViewportSize({ width: 800, height: 900 });
	await page.goto(`${hostOrigin}/`);
	const frameElement = page.locator('iframe[data-briefmap-embed]');
	const frame = page.frameLocator('iframe[data-briefmap-embed]');
	await expect(frame.locator('.place-hit[data-place-id="kashan-airfield"]')).toBeVisible({
		timeout: 45_000
	});
	// 600 px wide: a 3:2 map (400 px) and the link under it; the snippet starts the frame at 420.
	await expect.poll(async () => (await frameElement.boundingBox())?.height).toBeGreaterThan(420);
	const height = (await frameElement.boundingBox())!.height;
	const content = await frame.locator('.embed').evaluate((e) => e.getBoundingClientRect().height);
	expect(Math.abs(height - content)).toBeLessThanOrEqual(1);

	await frame.locator('.place-hit[data-place-id="kashan-airfield"]').click();
	await expect(
		frame
			.locator('.maplibregl-popup blockquote')
			.filter({ hasText: 'Kashan Airfield, in central Iran' })
			.first()
	).toBeVisible();
	// The embed has no article: an excerpt's paragraph link opens the full briefing there.
	const paragraphLink = frame.locator('.maplibregl-popup blockquote a').first();
	await expect(paragraphLink).toHaveAttribute('href', new RegExp(`^/b/${BRIEFING_ID}#p\\d`));
	await expect(paragraphLink).toHaveAttribute('target', '_blank');

	const [full] = await Promise.all([
		page.context().waitForEvent('page'),
		frame.getByRole('link', { name: /the full briefing/ }).click()
	]);
	await full.waitForLoadState();
	expect(full.url()).toBe(`${appOrigin}/b/${BRIEFING_ID}`);
	await expect(full.getByRole('heading', { level: 1 })).toBeVisible();
	expect(problems.errors).toEqual([]);
});

test('other pages stay unframeable whatever FRAME_ANCESTORS says', async () => {
	const explore = await fetch(`${appOrigin}/b/${BRIEFING_ID}`);
	expect(explore.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
	const embed = await fetch(`${appOrigin}/b/${BRIEFING_ID}/embed`);
	expect(embed.headers.get('content-security-policy')).toContain(`frame-ancestors ${hostOrigin}`);
});
