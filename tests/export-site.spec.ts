/**
 * The briefing as a static site, served by python's http.server (no Range support) on its own
 * loopback port, with no request allowed anywhere else — the app server is not used.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
	BRIEFING_ID,
	expectKashanPopup,
	expectMapDrawn,
	expectPresentationWalks,
	guardRequests,
	runExport,
	sceneCount
} from './portable-helpers';

const port = Number(process.env.E2E_PORT ?? 4173) + 50;
const siteOrigin = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

test.beforeAll(async () => {
	const dir = join(mkdtempSync(join(tmpdir(), 'briefmap-site-')), 'site');
	runExport(BRIEFING_ID, '--site', dir);
	server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], {
		cwd: dir,
		stdio: 'ignore'
	});
	await expect
		.poll(
			() =>
				fetch(`${siteOrigin}/`).then(
					(r) => r.status,
					() => 0
				),
			{ timeout: 30_000 }
		)
		.toBe(200);
});

test.afterAll(() => {
	server?.kill();
});

test('the static site serves the briefing with no server of ours', async ({
	page,
	context,
	problems
}) => {
	// A whole briefing walked through on a shared, software-rendered machine.
	test.setTimeout(180_000);
	const refused = await guardRequests(
		context,
		(url) => url.startsWith(`${siteOrigin}/`) || /^(data|blob):/.test(url)
	);
	const ranged: string[] = [];
	page.on('request', (request) => {
		if (request.headers()['range']) ranged.push(request.url());
	});
	await page.goto(`${siteOrigin}/b/${BRIEFING_ID}`);
	await expectMapDrawn(page);
	await expectKashanPopup(page);
	await expectPresentationWalks(page, sceneCount);
	expect(ranged, 'requests that need HTTP Range').toEqual([]);
	expect(refused, 'requests to anything but the static server').toEqual([]);
	expect(problems.errors).toEqual([]);
});

test('the static site’s embed shows the map and links to the site’s own briefing', async ({
	page,
	context,
	problems
}) => {
	const refused = await guardRequests(
		context,
		(url) => url.startsWith(`${siteOrigin}/`) || /^(data|blob):/.test(url)
	);
	await page.setViewportSize({ width: 600, height: 400 });
	await page.goto(`${siteOrigin}/b/${BRIEFING_ID}/embed`);
	await expectMapDrawn(page);
	await expectKashanPopup(page);
	const link = page.getByRole('link', { name: /the full briefing/ });
	const href = await link.getAttribute('href');
	expect(new URL(href!, page.url()).href).toBe(`${siteOrigin}/b/${BRIEFING_ID}`);
	expect(refused, 'requests to anything but the static server').toEqual([]);
	expect(problems.errors).toEqual([]);
});
