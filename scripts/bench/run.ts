/**
 * `npm run bench`: every performance figure of the project in one run, as ratios against
 * baselines measured in the same run (the machines are noisy), written as one markdown table to
 * stdout and to bench-results/latest.md.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { runApiLoad } from './api-load';
import { measureBundle } from './bundle-size';
import { firstViewTable, loadFirstView, sumFirstView } from './first-view-js';
import { launchChromium } from './browser';
import { runPageLoad } from './page-load';
import { runRangeBandsBench } from './range-bands';
import { runSceneChange } from './scene-change';
import { startApp } from './servers';

const BRIEFING = 'iran-drones-2022';
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

const started = Date.now();
console.error('bench: building…');
execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });

const rows: [string, string, string][] = [];
const add = (figure: string, value: string, goal: string) => rows.push([figure, value, goal]);

const bundle = measureBundle();
add('JavaScript, app code (gzip, all chunks)', kb(bundle.appGzipBytes), '—');
add('JavaScript, MapLibre + worker (gzip)', kb(bundle.maplibreGzipBytes), '—');

console.error('bench: range bands…');
const bands = runRangeBandsBench();
add(
	'Range bands rebuild, all platforms (median / p95 per drag update)',
	`${ms(bands.geodesicBands.medianMs)} / ${ms(bands.geodesicBands.p95Ms)}`,
	'< 4 ms'
);
add(
	'Turf `circle` for the same rings (median), spherical',
	`${ms(bands.turfRings.medianMs)} (geodesic rings alone: ${ms(bands.geodesicRings.medianMs)})`,
	'—'
);
const worst = bands.accuracy.reduce((a, b) => (b.turfMaxErrorM > a.turfMaxErrorM ? b : a));
add(
	'Turf circle error vs WGS84 geodesic (worst vertex)',
	`${worst.turfMaxErrorM.toFixed(0)} m at ${worst.radiusKm} km (geodesic: ${worst.geodesicMaxErrorM.toExponential(1)} m)`,
	'—'
);

// BENCH_PORT lets two checkouts benchmark side by side.
const app = await startApp(Number(process.env.BENCH_PORT ?? 4800));
try {
	console.error('bench: page load…');
	const load = await runPageLoad(app.url, BRIEFING, bundle.maplibreFiles);
	add(
		'Explore view: navigation → first idle with all layers (median)',
		`${ms(load.exploreMs)} vs bare MapLibre ${ms(load.bareMs)} → **${load.ratio.toFixed(2)}×**`,
		'≤ 1.3×'
	);
	add('First view: basemap bytes', kb(load.firstView.basemap), '≤ 150 KB');
	add(
		'First view: JS on the wire, with headers (app / MapLibre)',
		`${kb(load.firstView.appJs)} / ${kb(load.firstView.maplibreJs)}`,
		'—'
	);
	const browser = await launchChromium();
	const firstViewPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	const chunks = await loadFirstView(firstViewPage, `${app.url}/b/${BRIEFING}`);
	await browser.close();
	const firstView = sumFirstView(chunks);
	add(
		`First view: app JS, gzip of its ${firstView.appChunks} chunks (MapLibre + worker)`,
		`${kb(firstView.appGzipBytes)} (${kb(firstView.maplibreGzipBytes)})`,
		'≤ 60 KB'
	);
	add(
		'After the first view, with no input: app JS (gzip)',
		`${kb(firstView.later.appGzipBytes)} in ${firstView.later.appChunks} chunk(s)`,
		'—'
	);
	mkdirSync('bench-results', { recursive: true });
	writeFileSync(
		'bench-results/first-view-js.md',
		`First view of /b/${BRIEFING}: every script it loads without user input.\n\n${firstViewTable(chunks)}\n`
	);
	add(
		'First view: API data / other (HTML, CSS, fonts)',
		`${kb(load.firstView.data)} / ${kb(load.firstView.other)}`,
		'—'
	);

	console.error('bench: scene change…');
	const scenes = await runSceneChange(app.url, BRIEFING);
	add(
		'Presentation: key press → first frame of the new scene (median / p95)',
		scenes
			? `${ms(scenes.medianMs)} / ${ms(scenes.p95Ms)} (${scenes.presses} presses)`
			: 'presentation view not available',
		'—'
	);

	console.error('bench: API load (50 connections, 10 s each)…');
	const load2 = await runApiLoad(app.url, [
		`/api/collections/${BRIEFING}.places/items?limit=100`,
		`/api/briefings/${BRIEFING}`
	]);
	for (const result of load2) {
		add(
			`API ${result.app.path}: req/s (app vs static), ratio`,
			`${result.app.requestsPerSecond.toFixed(0)} vs ${result.static.requestsPerSecond.toFixed(0)} → **${result.throughputRatio.toFixed(2)}×**`,
			'≥ 0.7×'
		);
		add(
			`API ${result.app.path}: p50 / p99 latency, errors, conditional request`,
			`${result.app.p50Ms} / ${result.app.p99Ms} ms, ${result.app.errors + result.app.non2xx} errors, ${result.conditionalStatus}`,
			'p99 < 20 ms, 0 errors, 304'
		);
	}
} finally {
	await app.stop();
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const machine = `${cpu}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const table = [
	`Benchmarks (${new Date().toISOString().slice(0, 10)}; ${machine}; ${((Date.now() - started) / 1000).toFixed(0)} s). Rerun: \`npm run bench\`.`,
	'',
	'| figure | measured | goal |',
	'| --- | --- | --- |',
	...rows.map((row) => `| ${row.join(' | ')} |`)
].join('\n');
console.log(table);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/latest.md', table + '\n');
