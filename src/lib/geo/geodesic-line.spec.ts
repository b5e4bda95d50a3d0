import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { buildGeodesicLine } from './geodesic-line';
import { linesOf, positionsOf } from './fixtures/geometry-checks';
import { measureM } from './fixtures/measure';
import { seedPlaces } from './fixtures/seed-platforms';

const KASHAN = seedPlaces.kashanAirfield;
const KYIV = seedPlaces.kyiv;

/** How far a point is off the shortest path from a to b: zero for points on it. */
function detourM(a: Position, b: Position, p: Position): number {
	return measureM(a, p) + measureM(p, b) - measureM(a, b);
}

describe('buildGeodesicLine from Kashan Airfield to Kyiv', () => {
	const line = buildGeodesicLine(KASHAN, KYIV);

	it('measures the geodesic distance in m, km and nautical miles', () => {
		expect(line.distanceM).toBeCloseTo(measureM(KASHAN, KYIV), 3);
		expect(line.distanceKm).toBeCloseTo(2514.017, 3);
		expect(line.distanceNm).toBeCloseTo(line.distanceM / 1852, 9);
	});

	it('gives the initial bearing north-west, in [0, 360)', () => {
		expect(line.initialBearingDeg).toBeCloseTo(323.3627, 4);
		expect(line.finalBearingDeg).toBeCloseTo(308.991, 3);
	});

	it('runs from the launch point to the target exactly', () => {
		const positions = positionsOf(line.geometry);
		expect(positions[0]).toEqual(KASHAN);
		expect(positions[positions.length - 1]).toEqual(KYIV);
	});

	it('keeps every vertex on the geodesic, within 1 mm', () => {
		const worst = Math.max(...positionsOf(line.geometry).map((p) => detourM(KASHAN, KYIV, p)));
		expect(worst).toBeLessThan(0.001);
	});

	it('keeps segments at most 25 km long', () => {
		const positions = positionsOf(line.geometry);
		const longest = Math.max(...positions.slice(1).map((p, i) => measureM(positions[i]!, p)));
		expect(longest).toBeLessThanOrEqual(25_000);
	});
});

describe('buildGeodesicLine across the antimeridian', () => {
	const from: [number, number] = [170, 60];
	const to: [number, number] = [-170, 50];
	const line = buildGeodesicLine(from, to);

	it('is cut into two lines that meet at the same latitude on ±180', () => {
		expect(line.geometry.type).toBe('MultiLineString');
		const [west, east] = linesOf(line.geometry) as [Position[], Position[]];
		const end = west[west.length - 1]!;
		expect(Math.abs(end[0] as number)).toBe(180);
		expect(east[0]).toEqual([-(end[0] as number), end[1]]);
	});

	it('puts the cut point on the geodesic, within 1 mm', () => {
		const [west] = linesOf(line.geometry) as [Position[]];
		expect(detourM(from, to, west[west.length - 1]!)).toBeLessThan(0.001);
	});

	it('has no segment streaking across the map', () => {
		const steps = linesOf(line.geometry).flatMap((part) =>
			part.slice(1).map((p, i) => Math.abs((p[0] as number) - (part[i]![0] as number)))
		);
		expect(Math.max(...steps)).toBeLessThan(2);
	});
});

describe('buildGeodesicLine near a pole', () => {
	it('adds vertices where longitude changes fast, so the line stays smooth', () => {
		const line = buildGeodesicLine([0, 80], [170, 80]);
		const positions = positionsOf(line.geometry);
		const lonSteps = positions
			.slice(1)
			.map((p, i) => Math.abs((p[0] as number) - (positions[i]![0] as number)));
		expect(Math.max(...lonSteps)).toBeLessThanOrEqual(2);
	});
});

describe('buildGeodesicLine between one point and itself', () => {
	it('is a zero-length two-position LineString', () => {
		const line = buildGeodesicLine(KASHAN, KASHAN);
		expect(line.distanceM).toBe(0);
		expect(line.geometry).toEqual({ type: 'LineString', coordinates: [KASHAN, KASHAN] });
	});
});
