/**
 * How long rebuilding every range band takes while the launch point is dragged, and what the
 * geodesic rings buy over Turf's spherical circles.
 *
 *   npx tsx scripts/bench/range-bands.ts
 *
 * Times one update per origin along a drag path (median and 95th percentile): the full band
 * features, the geodesic rings alone, and `@turf/circle` for the same radii with the same vertex
 * count. Accuracy is the worst gap, over a ring's vertices, between the vertex's geodesic
 * distance from the origin (GeographicLib's inverse problem) and the ring's radius.
 * A drag frame at 60 fps has 16.7 ms for everything; the band rebuild's budget is 4 ms.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { circle } from '@turf/circle';
import type { Platform } from '../../src/lib/briefing/types';
import { geodesicDistanceM, solveDirect, type LonLat } from '../../src/lib/geo/geodesic';
import {
	circleVertexCount,
	cutCircleAtAntimeridian,
	placeCircle,
	traceCircleTemplates
} from '../../src/lib/geo/geodesic-circle';
import { createRangeBandBuilder } from '../../src/lib/briefing/range-bands';
import { discFromPieces } from '../../src/lib/geo/range-rings';
import { seedPlaces, seedPlatforms } from '../../src/lib/geo/fixtures/seed-platforms';

const SEED_PLATFORMS_FILE = fileURLToPath(
	new URL('../../geodata/briefings/iran-drones-2022/platforms.json', import.meta.url)
);

export interface Timing {
	medianMs: number;
	p95Ms: number;
}

export interface RingAccuracy {
	radiusKm: number;
	/** Worst |geodesic distance of a vertex − radius| over the ring, metres. */
	turfMaxErrorM: number;
	geodesicMaxErrorM: number;
}

export interface RangeBandsBenchResult {
	/** Where the platforms came from: the seed briefing's file, or the FACTS.md test fixture. */
	platformsSource: string;
	updates: number;
	passes: number;
	/** Distinct radii over all figures: the rings traced per update. */
	rings: number;
	verticesPerRing: number;
	featuresPerUpdate: number;
	/** Full rebuild: rings, bands, outlines and feature properties. */
	geodesicBands: Timing;
	/** The geodesic rings alone, as filled discs, for a like-for-like comparison with Turf. */
	geodesicRings: Timing;
	turfRings: Timing;
	accuracy: RingAccuracy[];
}

export interface RangeBandsBenchOptions {
	/** Origins along the drag path. Default 200. */
	updates?: number;
	/** Timed passes over the path, pooled: evens out pauses on a busy machine. Default 5. */
	passes?: number;
	platforms?: readonly Platform[];
}

function loadPlatforms(): { platforms: readonly Platform[]; source: string } {
	if (existsSync(SEED_PLATFORMS_FILE)) {
		const parsed: unknown = JSON.parse(readFileSync(SEED_PLATFORMS_FILE, 'utf8'));
		if (Array.isArray(parsed) && parsed.every((p) => Array.isArray(p?.ranges))) {
			return {
				platforms: parsed as Platform[],
				source: 'geodata/briefings/iran-drones-2022/platforms.json'
			};
		}
	}
	return {
		platforms: seedPlatforms,
		source: 'FACTS.md figures (src/lib/geo/fixtures/seed-platforms.ts)'
	};
}

/** A drag of 1,000 km north-west from Kashan Airfield: latitude and longitude change every step. */
function dragPath(updates: number): LonLat[] {
	return Array.from({ length: updates }, (_, i) =>
		i === 0
			? seedPlaces.kashanAirfield
			: solveDirect(seedPlaces.kashanAirfield, 315, (1000e3 * i) / updates).position
	);
}

/** One warm-up pass (so the JIT settles), then `passes` timed passes pooled together. */
function timeEach(
	origins: readonly LonLat[],
	passes: number,
	update: (origin: LonLat) => void
): Timing {
	for (const origin of origins) update(origin);
	const samples: number[] = [];
	for (let pass = 0; pass < passes; pass++) {
		for (const origin of origins) {
			const start = performance.now();
			update(origin);
			samples.push(performance.now() - start);
		}
	}
	samples.sort((a, b) => a - b);
	const at = (q: number) =>
		samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)] as number;
	return { medianMs: at(0.5), p95Ms: at(0.95) };
}

function worstErrorM(origin: LonLat, positions: readonly number[][], radiusM: number): number {
	return Math.max(
		...positions.map((p) => Math.abs(geodesicDistanceM(origin, p as LonLat) - radiusM))
	);
}

/** Runs the benchmark and returns its figures (for `npm run bench` to collect). */
export function runRangeBandsBench(options: RangeBandsBenchOptions = {}): RangeBandsBenchResult {
	const loaded = options.platforms
		? { platforms: options.platforms, source: 'given' }
		: loadPlatforms();
	const { platforms } = loaded;
	const origins = dragPath(options.updates ?? 200);
	const passes = options.passes ?? 5;
	const radiiKm = [
		...new Set(
			platforms.flatMap((p) => p.ranges.flatMap((figure) => [figure.lowKm, figure.highKm]))
		)
	].sort((a, b) => a - b);
	const radiiM = radiiKm.map((km) => km * 1000);
	const vertices = Math.max(...radiiM.map((radiusM) => circleVertexCount(radiusM)));

	let features = 0;
	const geodesicBands = timeEach(
		origins,
		passes,
		(() => {
			let build = createRangeBandBuilder(platforms);
			let calls = 0;
			return (origin: LonLat) => {
				// A fresh builder after the warm-up, and the origins never repeat back to back,
				// so every timed update traces its rings afresh.
				if (calls++ === origins.length) build = createRangeBandBuilder(platforms);
				features = build(origin).collection.features.length;
			};
		})()
	);
	const geodesicRings = timeEach(origins, passes, (origin) => {
		const templates = traceCircleTemplates(origin[1], radiiM);
		for (const template of templates)
			discFromPieces(cutCircleAtAntimeridian(placeCircle(template, origin[0])));
	});
	const turfRings = timeEach(origins, passes, (origin) => {
		for (const radiusKm of radiiKm)
			circle(origin, radiusKm, { steps: vertices, units: 'kilometers' });
	});

	const origin = seedPlaces.kashanAirfield;
	const templates = traceCircleTemplates(origin[1], radiiM);
	const accuracy = radiiKm.map((radiusKm, i) => {
		const turfRing = circle(origin, radiusKm, { steps: vertices, units: 'kilometers' }).geometry
			.coordinates[0] as number[][];
		const ours = placeCircle(templates[i]!, origin[0]).points;
		return {
			radiusKm,
			turfMaxErrorM: worstErrorM(origin, turfRing, radiusKm * 1000),
			geodesicMaxErrorM: worstErrorM(origin, ours, radiusKm * 1000)
		};
	});

	return {
		platformsSource: loaded.source,
		updates: origins.length,
		passes,
		rings: radiiKm.length,
		verticesPerRing: vertices,
		featuresPerUpdate: features,
		geodesicBands,
		geodesicRings,
		turfRings,
		accuracy
	};
}

/** The figures as a small Markdown report. */
export function formatRangeBandsBench(result: RangeBandsBenchResult): string {
	const ms = (t: number) => t.toFixed(3);
	const m = (x: number) => (x < 0.001 ? x.toExponential(1) : x.toFixed(x < 10 ? 3 : 0));
	return [
		`Range bands: ${result.updates} origins (× ${result.passes} timed passes) along a 1,000 km drag from Kashan Airfield; ` +
			`${result.rings} rings of ${result.verticesPerRing} vertices, ${result.featuresPerUpdate} features per update ` +
			`(platforms: ${result.platformsSource}).`,
		'',
		'| per update | median ms | p95 ms |',
		'|---|---:|---:|',
		`| geodesic bands (all features) | ${ms(result.geodesicBands.medianMs)} | ${ms(result.geodesicBands.p95Ms)} |`,
		`| geodesic rings only | ${ms(result.geodesicRings.medianMs)} | ${ms(result.geodesicRings.p95Ms)} |`,
		`| @turf/circle rings (sphere) | ${ms(result.turfRings.medianMs)} | ${ms(result.turfRings.p95Ms)} |`,
		'',
		'| radius km | @turf/circle worst error m | geodesic worst error m |',
		'|---:|---:|---:|',
		...result.accuracy.map(
			(row) =>
				`| ${row.radiusKm.toLocaleString('en-US')} | ${m(row.turfMaxErrorM)} | ${m(row.geodesicMaxErrorM)} |`
		)
	].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	console.log(formatRangeBandsBench(runRangeBandsBench()));
}
