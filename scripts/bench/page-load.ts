/**
 * Page load: time from navigation to the map's first `idle` with every briefing layer drawn,
 * for the explore view and for a bare MapLibre page drawing the same data from the same server.
 * Pages alternate in one browser so machine noise hits both alike; the figure is the ratio.
 * Both pages set `window.__mapReadyAt` (ms since navigation start) at that moment.
 */
import type { Browser } from '@playwright/test';
import { launchChromium, median } from './browser';

export interface PageLoadFigures {
	exploreMs: number;
	bareMs: number;
	ratio: number;
	runs: number;
	firstView: TransferFigures;
}

export interface TransferFigures {
	/** Bytes on the wire (compressed where the server compresses), by kind. */
	maplibreJs: number;
	appJs: number;
	basemap: number;
	data: number;
	other: number;
}

async function timeToReady(browser: Browser, url: string): Promise<number> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	await page.goto(url);
	await page.waitForFunction(
		() => typeof (window as { __mapReadyAt?: number }).__mapReadyAt === 'number',
		null,
		{
			timeout: 60_000
		}
	);
	const readyAt = await page.evaluate(
		() => (window as unknown as { __mapReadyAt: number }).__mapReadyAt
	);
	await context.close();
	return readyAt;
}

/** Bytes transferred for the first view of a page, classified by what they are. */
async function firstViewTransfer(
	browser: Browser,
	url: string,
	maplibreFiles: Set<string>
): Promise<TransferFigures> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	const page = await context.newPage();
	const figures: TransferFigures = { maplibreJs: 0, appJs: 0, basemap: 0, data: 0, other: 0 };
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (request) => {
		pending.push(
			request.sizes().then(({ responseBodySize, responseHeadersSize }) => {
				const bytes = responseBodySize + responseHeadersSize;
				const path = new URL(request.url()).pathname;
				if (maplibreFiles.has(path.split('/').pop() ?? '')) figures.maplibreJs += bytes;
				else if (path.endsWith('.pmtiles') || path.startsWith('/basemap')) figures.basemap += bytes;
				else if (path.startsWith('/api')) figures.data += bytes;
				else if (path.endsWith('.js')) figures.appJs += bytes;
				else figures.other += bytes;
			})
		);
	});
	await page.goto(url);
	await page.waitForFunction(
		() => typeof (window as { __mapReadyAt?: number }).__mapReadyAt === 'number'
	);
	await Promise.all(pending);
	await context.close();
	return figures;
}

export async function runPageLoad(
	appUrl: string,
	briefingId: string,
	maplibreFiles: Set<string>,
	runs = 7
): Promise<PageLoadFigures> {
	const browser = await launchChromium();
	try {
		// Both pages open on the same view, so they draw the same tiles.
		const view = '#3.2/42/42.5';
		const explore = `${appUrl}/b/${briefingId}${view}`;
		const bare = `${appUrl}/bench/bare-map${view}`;
		// One warm-up each: the first load pays for the server's own start-up work.
		await timeToReady(browser, explore);
		await timeToReady(browser, bare);
		const exploreTimes: number[] = [];
		const bareTimes: number[] = [];
		for (let run = 0; run < runs; run++) {
			exploreTimes.push(await timeToReady(browser, explore));
			bareTimes.push(await timeToReady(browser, bare));
		}
		const exploreMs = median(exploreTimes);
		const bareMs = median(bareTimes);
		return {
			exploreMs,
			bareMs,
			ratio: exploreMs / bareMs,
			runs,
			firstView: await firstViewTransfer(browser, `${appUrl}/b/${briefingId}`, maplibreFiles)
		};
	} finally {
		await browser.close();
	}
}
