/**
 * The briefing as one HTML file, opened from disk: no server, and every request that is not
 * file:, data: or blob: fails the test. It must show the explore view (map, popups with
 * excerpts) and the presentation (scenes walked with PageDown).
 */
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

let file = '';

test.beforeAll(() => {
	file = join(mkdtempSync(join(tmpdir(), 'briefmap-single-')), `${BRIEFING_ID}.html`);
	runExport(BRIEFING_ID, '--single-file', file);
});

const offline = (url: string) => /^(file|data|blob):/.test(url);

test('the single file works from disk with no network', async ({ page, context, problems }) => {
	// A whole briefing walked through on a shared, software-rendered machine.
	test.setTimeout(180_000);
	expect(statSync(file).size).toBeLessThanOrEqual(6 * 1024 * 1024);
	const refused = await guardRequests(context, offline);
	await page.goto(pathToFileURL(file).href);
	await expectMapDrawn(page);
	await expectKashanPopup(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectPresentationWalks(page, sceneCount);
	expect(refused, 'requests other than file:, data: and blob:').toEqual([]);
	expect(problems.errors).toEqual([]);
});

test('the single file carries a strict policy with hashes and no eval', async () => {
	const html = readFileSync(file, 'utf8');
	const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
	expect(policy).toBeDefined();
	expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
	expect(policy).not.toMatch(/unsafe-eval|unsafe-inline'[^;]*script|https?:/);
	expect(policy).toContain('connect-src data: blob:');
});
