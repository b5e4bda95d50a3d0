/**
 * Hostile strings in geodata must reach the reader as text: markup, script, `javascript:`
 * URLs, HTML entities, bidi overrides, zero-width spaces, emoji and a 100 KB string. A second
 * production server is started on the hostile fixture (`tests/fixtures/geodata-hostile`), next
 * to the seed briefing; the pages must show every string literally, run nothing, open no
 * dialog, link only to http(s), and list the briefing whose links are not http(s) as broken.
 *
 * The server runs from a snapshot of `build/` (made by the Playwright web server's build), so
 * a rebuild in the same checkout while the tests run cannot swap its files underneath it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PORT = 4180;
const ORIGIN = `http://localhost:${PORT}`;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const GEODATA = join(ROOT, 'tests/fixtures/geodata-hostile');

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const PWN_IMG = '<img src=x onerror="window.__pwned=1">';
const PWN_SCRIPT = '<script>window.__pwned=1</script>';
const JS_URL = 'javascript:alert(1)';
const ENTITY = '&lt;b&gt;';
const RLO = '\u202E';
const ZWSP = '\u200B';
const LONG = '<b>100KB</b>&amp;'.repeat(6000);

let server: ChildProcess | undefined;
let snapshot: string | undefined;
let serverLog = '';

test.beforeAll(async () => {
	test.setTimeout(60_000);
	snapshot = await mkdtemp(join(tmpdir(), 'briefmap-hostile-'));
	await cp(join(ROOT, 'build'), join(snapshot, 'build'), { recursive: true });
	await cp(join(ROOT, 'package.json'), join(snapshot, 'package.json'));
	await symlink(join(ROOT, 'node_modules'), join(snapshot, 'node_modules'), 'dir');
	server = spawn(process.execPath, ['build'], {
		cwd: snapshot,
		env: { ...process.env, GEODATA_DIR: GEODATA, PORT: String(PORT), ORIGIN },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	server.stdout?.on('data', (chunk) => (serverLog += chunk));
	server.stderr?.on('data', (chunk) => (serverLog += chunk));
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(`${ORIGIN}/api`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline || server.exitCode !== null) {
			throw new Error(`the hostile-data server did not start:\n${serverLog}`);
		}
		await new Promise((done) => setTimeout(done, 200));
	}
});

test.afterAll(async () => {
	if (server && server.exitCode === null) {
		const exited = new Promise((done) => server!.once('exit', done));
		server.kill('SIGTERM');
		await exited;
	}
	if (snapshot) await rm(snapshot, { recursive: true, force: true });
});

/** Fails the test if any dialog opens (alert, confirm, prompt), after dismissing it. */
function watchDialogs(page: Page): string[] {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(`${dialog.type()}: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return dialogs;
}

/**
 * What data could have run or linked: `on*` attributes, scripts that are neither same-origin
 * files nor SvelteKit's serialised data, links that are not http(s) or same-origin, and the
 * `window.__pwned` marker the fixture's payloads set.
 */
async function injectionTraces(page: Page) {
	return page.evaluate(() => {
		const handlers = [...document.querySelectorAll('*')].flatMap((element) =>
			[...element.attributes]
				.filter((attribute) => attribute.name.toLowerCase().startsWith('on'))
				.map((attribute) => `${element.tagName.toLowerCase()}[${attribute.name}]`)
		);
		const scripts = [...document.querySelectorAll('script')].flatMap((script) => {
			if (script.src) return new URL(script.src).origin === location.origin ? [] : [script.src];
			// SvelteKit's bootstrap carries the page data, with every `<` escaped as \u003C.
			const text = script.textContent ?? '';
			return text.includes('__sveltekit_') && !text.includes('<') ? [] : [text.slice(0, 120)];
		});
		const links = [...document.querySelectorAll('a[href]')].flatMap((a) => {
			const url = new URL((a as HTMLAnchorElement).href);
			const ok = url.protocol === 'http:' || url.protocol === 'https:';
			return ok ? [] : [(a as HTMLAnchorElement).href];
		});
		const pwned = (window as unknown as { __pwned?: unknown }).__pwned;
		return { handlers, scripts, links, pwned: pwned === undefined ? null : String(pwned) };
	});
}

const clean = { handlers: [], scripts: [], links: [], pwned: null };

test.describe('hostile geodata', () => {
	test('the home page lists the hostile briefing as text and the broken one with its problems', async ({
		page
	}) => {
		const dialogs = watchDialogs(page);
		await page.goto(`${ORIGIN}/`);
		const main = page.getByRole('main');
		const link = main.getByRole('link', { name: `${SCRIPT} Hostile briefing` });
		await expect(link).toHaveText(`${SCRIPT} Hostile briefing`);
		await expect(main).toContainText(`${IMG} ${ENTITY}subject&lt;/b&gt; ${RLO}txet`);
		await expect(main).toContainText(`zero${ZWSP}width 🛩️`);
		await expect(
			main.getByRole('link', { name: /US says Iran showed attack-capable drones/ })
		).toBeVisible();

		const broken = page.getByRole('region', { name: /not served/ });
		await expect(broken.getByRole('heading', { name: 'hostile-urls' })).toBeVisible();
		await expect(broken).toContainText(
			`briefings/hostile-urls/briefing.json $.articleSource.url: "${JS_URL}" is not an http(s) URL`
		);
		await expect(broken).toContainText('"data:text/html,<script>alert(1)</script>" is not');
		await expect(broken.getByRole('listitem')).toHaveCount(5);

		expect(await injectionTraces(page)).toEqual(clean);
		expect(dialogs).toEqual([]);
	});

	test('the briefing page shows every hostile string literally and runs none of it', async ({
		page
	}) => {
		const dialogs = watchDialogs(page);
		await page.goto(`${ORIGIN}/b/hostile-strings`);
		await expect(page).toHaveTitle(`${SCRIPT} Hostile briefing — briefmap`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${SCRIPT} Hostile briefing`);

		const article = page.getByRole('article');
		await expect(article.locator('#p1')).toContainText(
			`Officials toured ${SCRIPT} Airfield on 8 June 2022. Nobody saw ${IMG} there.`
		);
		await expect(article.locator('#p2')).toContainText(
			`Zero${ZWSP}Width City for ${RLO}tluser-ltr\u202C Town, says a report titled ${ENTITY}bold&lt;/b&gt;.`
		);
		await expect(article.locator('#p3')).toContainText(
			`🛩️ to Emoji Capital 🇮🇷 while a note read ${JS_URL}`
		);
		await expect(article.locator('#p4')).toContainText(
			`Then <svg onload=alert(1)> and "'>${PWN_SCRIPT} closed the list, with {@html '<b>x</b>'} and {{constructor.constructor('alert(1)')()}}.`
		);
		await expect(article).toContainText(`Source: ${PWN_SCRIPT} Wire.`);

		const airfield = page.locator('#place-script-airfield');
		await expect(airfield.getByRole('heading', { name: `${SCRIPT} Airfield` })).toBeVisible();
		await expect(airfield).toContainText(PWN_IMG);
		await expect(airfield).toContainText(LONG);
		await expect(airfield).toContainText(`${PWN_SCRIPT}, “${ENTITY}not bold&lt;/b&gt;”`);
		await expect(airfield).toContainText(
			`${IMG} agency says ${SCRIPT} meeting at the airfield; ${SCRIPT} ministry denies`
		);
		await expect(airfield).toContainText(`${PWN_IMG} The date is &lt;unclear&gt; 🤷`);
		await expect(airfield.getByRole('link', { name: JS_URL })).toHaveAttribute(
			'href',
			'http://example.org/plain'
		);
		await expect(page.locator('#place-zero-width-city')).toContainText(`Zero${ZWSP}Width City`);
		await expect(page.locator('#place-rtl-town')).toContainText(`${RLO}tluser-ltr\u202C Town`);
		await expect(page.locator('#place-rtl-town')).toContainText(`${ENTITY}entity note&lt;/b&gt;`);
		await expect(page.locator('#place-emoji-capital')).toContainText(
			'🛩️ The capital, with emoji 🇮🇷'
		);
		await expect(page.locator('#place-entity-land')).toContainText(`${ENTITY}Land&lt;/b&gt;`);

		// Source links are http(s) only, with markup in a query percent-encoded, not parsed.
		const sourceLinks = page.locator('#place-script-airfield a[rel~="external"]');
		await expect(sourceLinks).toHaveCount(3);
		for (const href of await sourceLinks.evaluateAll((as) =>
			as.map((a) => a.getAttribute('href'))
		)) {
			expect(href).toMatch(/^https?:\/\//);
			expect(href).not.toMatch(/[<>"]/);
		}

		// Selecting a place through a hostile-named mention runs nothing either.
		await article
			.getByRole('button', { name: new RegExp(`^${escapeRegExp(SCRIPT)} Airfield`) })
			.first()
			.click();
		const popup = page.locator('.maplibregl-popup');
		if ((await popup.count()) > 0) await expect(popup.first()).toContainText(`${SCRIPT} Airfield`);

		expect(await injectionTraces(page)).toEqual(clean);
		expect(dialogs).toEqual([]);
	});

	test('the server-rendered HTML escapes every string, with JavaScript off too', async ({
		browser,
		request
	}) => {
		const html = await (await request.get(`${ORIGIN}/b/hostile-strings`)).text();
		for (const raw of [SCRIPT, IMG, PWN_IMG, PWN_SCRIPT, '<svg onload', '<b>100KB</b>']) {
			expect(html, `raw ${raw} in the HTML`).not.toContain(raw);
		}
		expect(html).toContain('&lt;script>alert(1)&lt;/script> Airfield');
		// An entity in the data is text: its ampersand is escaped, so it shows as typed.
		expect(html).toContain('&amp;lt;b&amp;gt;Land&amp;lt;/b&amp;gt;');

		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const dialogs = watchDialogs(page);
		await page.goto(`${ORIGIN}/b/hostile-strings`);
		await expect(page.locator('#p1')).toContainText(`Officials toured ${SCRIPT} Airfield`);
		await expect(page.locator('#place-script-airfield')).toContainText(LONG);
		expect(await page.locator('img, svg[onload], iframe, object, embed').count()).toBe(0);
		expect(dialogs).toEqual([]);
		await context.close();
	});

	test('scene titles, captions and presenter notes show literally in the presentation views', async ({
		page
	}) => {
		const dialogs = watchDialogs(page);
		await page.goto(`${ORIGIN}/b/hostile-strings/present`);
		const caption = page.getByRole('region', { name: /^Scene 1 of 2/ });
		await expect(caption.getByRole('heading', { level: 1 })).toHaveText(`${SCRIPT} scene`);
		await expect(caption).toContainText(`${IMG} caption &lt;i&gt;`);
		expect(await injectionTraces(page)).toEqual(clean);

		await page.goto(`${ORIGIN}/b/hostile-strings/presenter`);
		await expect(page.locator('.notes').first()).toContainText(`${PWN_SCRIPT} presenter notes 🛩️`);
		expect(await injectionTraces(page)).toEqual(clean);
		expect(dialogs).toEqual([]);
	});

	test('the broken briefing’s page says why, and Try again works without JavaScript', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const response = await page.goto(`${ORIGIN}/b/hostile-urls?place=rtl-town`);
		expect(response?.status()).toBe(503);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not available');
		await expect(page.getByRole('alert')).toContainText(
			'briefings/hostile-urls/briefing.json $.articleSource.url: "javascript:alert(1)" is not an http(s) URL'
		);
		const retried = page.waitForResponse(`${ORIGIN}/b/hostile-urls?place=rtl-town`);
		await page.getByRole('button', { name: 'Try again' }).click();
		expect((await retried).status()).toBe(503);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not available');
		await context.close();
	});

	test('the API serves the hostile strings unchanged, scene captions included', async ({
		request
	}) => {
		const bundle = await (await request.get(`${ORIGIN}/api/briefings/hostile-strings`)).json();
		expect(bundle.meta.scenes.map((s: { caption: string }) => s.caption)).toEqual([
			`${IMG} caption &lt;i&gt;`,
			`${RLO}esrever caption`
		]);
		expect(bundle.meta.scenes[0].notes).toBe(`${PWN_SCRIPT} presenter notes 🛩️`);
		expect(bundle.places.features[0].properties.note).toBe(LONG);
		const broken = await request.get(`${ORIGIN}/api/briefings/hostile-urls`);
		expect(broken.status()).toBe(503);
		expect((await broken.json()).problems).toHaveLength(5);
	});
});

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
