/**
 * Screenshots of the basemap, for looking at it: world view, the Middle East, Ukraine and a close
 * view of Crimea and the Perekop isthmus, in both themes, through the bare-map baseline page.
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

const VIEWS: [name: string, hash: string][] = [
	['world', '1.3/25/20'],
	['middle-east', '4/32/47'],
	['ukraine', '5/47.5/33'],
	['crimea', '6.6/45.6/34.3']
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
			for (const [name, hash] of VIEWS) {
				const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
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
				await page.goto(`${baseUrl}/bench/bare-map?theme=${theme}#${hash}`);
				await page.waitForFunction(() => window.__mapIdle === true, undefined, { timeout: 30_000 });
				// Labels fade in after idle; let the placement settle.
				await page.waitForTimeout(600);
				const file = join(outDir, `${theme}-${name}.png`);
				await page.screenshot({ path: file });
				const places = await page.evaluate(() => window.__mapPlaces);
				console.log(`${file}: ${Date.now() - started} ms, places ${JSON.stringify(places)}`);
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
