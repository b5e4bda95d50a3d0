/**
 * Screenshots of the basemap, for looking at it: world view, the Middle East, Ukraine and a close
 * view of Crimea and the Perekop isthmus, in both themes, through the bare-map baseline page;
 * then the explore page's map (story countries emphasised) over Ukraine and Crimea.
 * Also reports console errors and any request to a host other than the app's own.
 *
 *   PORT=3200 node build &   # a built app
 *   npx tsx scripts/basemap/screenshot.ts [baseUrl] [outDir]
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const baseUrl = process.argv[2] ?? 'http://127.0.0.1:3200';
const outDir = process.argv[3] ?? 'test-results/basemap';

const BARE = (theme: string) => `/bench/bare-map?theme=${theme}`;
const APP = '/b/iran-drones-2022';

/** What the pages put on `window` for scripts (see bare-map.ts and ready-signal.ts). */
type Signals = { __mapIdle?: boolean; __mapReadyAt?: number; __mapPlaces?: unknown };

// Functions, not strings: the app's Content-Security-Policy forbids evaluating strings. They run
// in the page, so they can only use what is there (the casts vanish when compiled).
const bareReady = () => (window as unknown as Signals).__mapIdle === true;
const appReady = () => (window as unknown as Signals).__mapReadyAt !== undefined;

/** [file name, page path, view hash, what says the map is drawn] */
const VIEWS: [name: string, path: (theme: string) => string, hash: string, ready: () => boolean][] =
	[
		['world', BARE, '1.3/25/20', bareReady],
		['middle-east', BARE, '4/32/47', bareReady],
		['ukraine', BARE, '5/47.5/33', bareReady],
		['crimea', BARE, '6.6/45.6/34.3', bareReady],
		['app-ukraine', () => APP, '5/47.5/33', appReady],
		['app-crimea', () => APP, '7.5/45.9/33.9', appReady]
	];

async function main(): Promise<void> {
	mkdirSync(outDir, { recursive: true });
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
			'--no-sandbox'
		]
	});
	const origin = new URL(baseUrl).origin;
	let failures = 0;
	try {
		for (const theme of ['light', 'dark'] as const) {
			for (const [name, path, hash, ready] of VIEWS) {
				const page = await browser.newPage({
					viewport: { width: 1280, height: 800 },
					colorScheme: theme
				});
				const problems: string[] = [];
				page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
				page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
				page.on('request', (r) => {
					const url = r.url();
					if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
						problems.push(`external request: ${url}`);
					}
				});
				const started = Date.now();
				await page.goto(`${baseUrl}${path(theme)}#${hash}`);
				await page.waitForFunction(ready, undefined, { timeout: 30_000 });
				// Labels fade in after idle; let the placement settle.
				await page.waitForTimeout(600);
				const file = join(outDir, `${theme}-${name}.png`);
				await page.screenshot({ path: file });
				const places = await page.evaluate(() => (window as unknown as Signals).__mapPlaces);
				console.log(
					`${file}: ${Date.now() - started} ms${places ? `, places ${JSON.stringify(places)}` : ''}`
				);
				for (const p of problems) console.log(`  ${p}`);
				failures += problems.length;
				await page.close();
			}
		}
	} finally {
		await browser.close();
	}
	if (failures > 0) process.exitCode = 1;
}

await main();
