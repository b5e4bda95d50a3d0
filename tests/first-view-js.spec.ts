/**
 * What JavaScript the explore page and the embed load for their first view, read against the
 * build's record of which source modules went into each chunk (scripts/build/chunk-modules.ts):
 * no editor, authoring, geoparser, export or server code, and the app's own code within its
 * budget. Run against the production build, like every browser test.
 */
import { expect, test } from './fixtures';
import { BRIEFING } from './map-helpers';
import { loadFirstView, sumFirstView, type FirstViewChunk } from '../scripts/bench/first-view-js';

/** Code that belongs to other routes or to the server; none of it may reach a reader's page. */
const foreignCode: [what: string, pattern: RegExp][] = [
	['authoring', /^src\/lib\/authoring\//],
	['geoparser', /^src\/lib\/geoparse\//],
	['editor components', /^src\/lib\/components\/editor\//],
	['editor map', /^src\/lib\/map\/Editor/],
	['editor routes', /^src\/routes\/(new|login|authoring|b\/\[id\]\/edit)\//],
	['server code', /^src\/lib\/server\//],
	['portable shell', /^src\/portable\//],
	['export scripts', /^scripts\//],
	[
		'server-side packages',
		/^node_modules\/(compromise|chrono-node|jsonc-parser|valibot|@sindresorhus\/slugify|chokidar|rate-limiter-flexible)\//
	]
];

function foreignModules(chunks: FirstViewChunk[]): string[] {
	return chunks.flatMap((chunk) =>
		chunk.modules
			.map(([name]) => name)
			.flatMap((name) =>
				foreignCode.filter(([, pattern]) => pattern.test(name)).map(([what]) => `${what}: ${name}`)
			)
	);
}

/** Every chunk from the build must be known to the module record, or the checks prove nothing. */
function expectModulesKnown(chunks: FirstViewChunk[]) {
	const built = chunks.filter((chunk) => chunk.path.startsWith('/_app/immutable/'));
	expect(built.length).toBeGreaterThan(10);
	const unknown = built.filter((c) => c.modules.length === 0 && !c.path.includes('/assets/'));
	// Kit's start entry only re-exports; it holds no module of its own.
	expect(unknown.map((c) => c.path).filter((path) => !/\/entry\/start\./.test(path))).toEqual([]);
}

test('the explore page loads no editor, geoparser, export or server code', async ({ page }) => {
	const chunks = await loadFirstView(page, BRIEFING);
	expectModulesKnown(chunks);
	expect(foreignModules(chunks)).toEqual([]);
});

test('the embed loads no editor, geoparser, export or server code', async ({ page }) => {
	const chunks = await loadFirstView(page, `${BRIEFING}/embed`);
	expectModulesKnown(chunks);
	expect(foreignModules(chunks)).toEqual([]);
});

/**
 * The app's own JavaScript (MapLibre and its worker apart) that the explore page loads before
 * its map first settles, gzip: the goal of 60 KB. Svelte and SvelteKit's runtime are 31 KB of it.
 */
const FIRST_VIEW_APP_JS_BUDGET = 60 * 1024;

test("the explore page's first view stays within its JavaScript budget", async ({ page }) => {
	const sums = sumFirstView(await loadFirstView(page, BRIEFING));
	expect(sums.appChunks).toBeGreaterThan(10);
	expect(sums.appGzipBytes).toBeLessThanOrEqual(FIRST_VIEW_APP_JS_BUDGET);
});

/**
 * What the first view shows from the server but runs only later: the timeline, the analysis
 * panel and the place list load once the map has settled (DeferredHydration); a place's full
 * details and the distance tool the first time they are opened.
 */
const loadedLater =
	/^src\/lib\/components\/(Timeline|AnalysisPanel|ReachList|PlaceList|PlaceDetails|PlaceDetailsPanel)\.svelte$|^src\/lib\/map\/DistanceTool\.svelte$|^node_modules\/d3-time\//;

test("the explore page's panels load after its map has settled", async ({ page }) => {
	const chunks = await loadFirstView(page, BRIEFING);
	const modulesOf = (list: FirstViewChunk[]) =>
		list.flatMap((chunk) => chunk.modules.map(([name]) => name));
	expect(modulesOf(chunks.filter((c) => c.beforeReady)).filter((m) => loadedLater.test(m))).toEqual(
		[]
	);
	// …and the three panels have loaded since, with nothing opened.
	const later = modulesOf(chunks.filter((c) => !c.beforeReady));
	for (const panel of ['Timeline', 'AnalysisPanel', 'PlaceList'])
		expect(later).toContain(`src/lib/components/${panel}.svelte`);
	await expect(page.locator('[data-deferred][data-live="true"]')).toHaveCount(3);
});

/**
 * Libraries the first view used to carry and no longer needs: the server serves basemap tiles
 * one by one (no archive reader, no decompressor), and the timeline and place sizes use d3-time
 * and a square root rather than d3's interpolating scales.
 */
const notInFirstView =
	/^node_modules\/(pmtiles|fflate|d3-interpolate|d3-color|d3-format|d3-time-format)\//;

test('the explore page fetches basemap tiles from the server, with no archive reader', async ({
	page
}) => {
	const tileRequests: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/basemap/')) tileRequests.push(path);
	});
	const chunks = await loadFirstView(page, BRIEFING);
	const modules = chunks.flatMap((chunk) => chunk.modules.map(([name]) => name));
	expect(modules.filter((name) => notInFirstView.test(name))).toEqual([]);
	expect(tileRequests.length).toBeGreaterThan(0);
	for (const path of tileRequests) expect(path).toMatch(/^\/basemap\/tiles\/\d+\/\d+\/\d+\.pbf$/);
	// …and the tiles are drawn.
	const land = await page.evaluate(
		() => window.__map!.queryRenderedFeatures({ layers: ['basemap-land'] }).length
	);
	expect(land).toBeGreaterThan(0);
});

for (const [view, path] of [
	['explore page', BRIEFING],
	['embed', `${BRIEFING}/embed`]
]) {
	test(`GeographicLib loads only once the ${view}'s map has settled`, async ({ page }) => {
		const chunks = await loadFirstView(page, path!);
		const geodesic = chunks.filter((chunk) =>
			chunk.modules.some(([name]) => name.startsWith('node_modules/geographiclib-geodesic/'))
		);
		expect(geodesic.map((chunk) => chunk.beforeReady)).toEqual([false]);
		// …and then the bands are drawn.
		await expect
			.poll(() =>
				page.evaluate(
					() => window.__map!.queryRenderedFeatures({ layers: ['range-bands-fill'] }).length
				)
			)
			.toBeGreaterThan(0);
	});
}

test("the explore page's first view keeps MapLibre apart from the app's own code", async ({
	page
}) => {
	const chunks = await loadFirstView(page, BRIEFING);
	const maplibre = chunks.filter((chunk) => chunk.maplibre);
	// The library and its worker, and nothing of the app in them.
	expect(maplibre.length).toBe(2);
	for (const chunk of maplibre) {
		for (const [name] of chunk.modules) expect(name).toMatch(/^node_modules\/maplibre-gl\//);
	}
	expect(sumFirstView(chunks).appGzipBytes).toBeGreaterThan(0);
});
