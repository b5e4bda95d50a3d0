import { describe, expect, it } from 'vitest';
import type { LonLat } from './geodesic';
import {
	assemblePolygons,
	cutPathAtAntimeridian,
	cutRingAtAntimeridian,
	reverseRingPieces,
	wrapLongitude
} from './antimeridian';

/** Crossing latitudes by straight interpolation: enough for rings drawn on a plane in a test. */
const straightCrossing =
	(points: LonLat[]) => (from: number, to: number, fromPoint: LonLat, sideLon: number) => {
		const a = fromPoint;
		const b = points[to]!;
		const bLon = b[0] + (sideLon > 0 ? 360 : -360);
		return a[1] + ((b[1] - a[1]) * (sideLon - a[0])) / (bLon - a[0]);
	};

describe('wrapLongitude', () => {
	it('brings any longitude into [-180, 180)', () => {
		expect([190, -190, 540, 180, -180, 0].map(wrapLongitude)).toEqual([
			-170, 170, -180, -180, -180, 0
		]);
	});
});

describe('wrapLongitude at the edge of floating point', () => {
	it('keeps a longitude a hair under 180 where it is, not below -180', () => {
		expect(wrapLongitude(179.99999999999997)).toBe(179.99999999999997);
		expect(wrapLongitude(179.99999999999997 - 360)).toBe(179.99999999999997);
	});
});

describe('cutRingAtAntimeridian', () => {
	it('leaves a ring that stays on one side whole', () => {
		const ring: LonLat[] = [
			[10, 0],
			[20, 0],
			[20, 10]
		];
		expect(cutRingAtAntimeridian(ring, straightCrossing(ring))).toEqual({ kind: 'whole', ring });
	});

	it('does not cut a ring that only touches ±180 at a vertex', () => {
		const ring: LonLat[] = [
			[170, 0],
			[-180, 5],
			[170, 10]
		];
		const pieces = cutRingAtAntimeridian(ring, straightCrossing(ring));
		expect(pieces).toEqual({
			kind: 'whole',
			ring: [
				[170, 0],
				[180, 5],
				[170, 10]
			]
		});
	});

	it('cuts a square straddling ±180 into one arc on each side', () => {
		const square: LonLat[] = [
			[170, -10],
			[170, 10],
			[-170, 10],
			[-170, -10]
		];
		const pieces = cutRingAtAntimeridian(square, straightCrossing(square));
		expect(pieces).toEqual({
			kind: 'arcs',
			arcs: [
				[
					[-180, 10],
					[-170, 10],
					[-170, -10],
					[-180, -10]
				],
				[
					[180, -10],
					[170, -10],
					[170, 10],
					[180, 10]
				]
			]
		});
	});
});

describe('assemblePolygons', () => {
	it('closes a square cut at ±180 into two anticlockwise polygons', () => {
		const square: LonLat[] = [
			[170, -10],
			[-170, -10],
			[-170, 10],
			[170, 10]
		];
		const polygons = assemblePolygons([cutRingAtAntimeridian(square, straightCrossing(square))]);
		expect(polygons).toEqual([
			[
				[
					[-180, -10],
					[-170, -10],
					[-170, 10],
					[-180, 10],
					[-180, -10]
				]
			],
			[
				[
					[180, 10],
					[170, 10],
					[170, -10],
					[180, -10],
					[180, 10]
				]
			]
		]);
	});

	it('closes a band around the pole along the pole edge', () => {
		// Anticlockwise round the North Pole: eastward along 80°N.
		const cap: LonLat[] = [
			[-120, 80],
			[0, 80],
			[120, 80]
		];
		const [polygon] = assemblePolygons([cutRingAtAntimeridian(cap, straightCrossing(cap))]);
		expect(polygon).toEqual([
			[
				[-180, 80],
				[-120, 80],
				[0, 80],
				[120, 80],
				[180, 80],
				[180, 90],
				[-180, 90],
				[-180, 80]
			]
		]);
	});

	it('puts a clockwise ring inside its exterior as a hole', () => {
		const outer: LonLat[] = [
			[0, 0],
			[10, 0],
			[10, 10],
			[0, 10]
		];
		const inner: LonLat[] = [
			[2, 2],
			[2, 8],
			[8, 8],
			[8, 2]
		];
		const polygons = assemblePolygons([
			{ kind: 'whole', ring: outer },
			{ kind: 'whole', ring: inner }
		]);
		expect(polygons).toHaveLength(1);
		expect(polygons[0]).toHaveLength(2);
	});

	it('notches both pieces of an exterior when its hole is cut too', () => {
		const outer: LonLat[] = [
			[160, -20],
			[-160, -20],
			[-160, 20],
			[160, 20]
		];
		const inner: LonLat[] = [
			[170, -10],
			[170, 10],
			[-170, 10],
			[-170, -10]
		];
		const polygons = assemblePolygons([
			cutRingAtAntimeridian(outer, straightCrossing(outer)),
			cutRingAtAntimeridian(inner, straightCrossing(inner))
		]);
		expect(polygons.map((polygon) => polygon.length)).toEqual([1, 1]);
		expect(polygons.map((polygon) => polygon[0]!.length)).toEqual([9, 9]);
	});

	it('gives holes back as exteriors when the pieces are reversed', () => {
		const inner: LonLat[] = [
			[2, 2],
			[2, 8],
			[8, 8],
			[8, 2]
		];
		const polygons = assemblePolygons([reverseRingPieces({ kind: 'whole', ring: inner })]);
		expect(polygons).toEqual([
			[
				[
					[8, 2],
					[8, 8],
					[2, 8],
					[2, 2],
					[8, 2]
				]
			]
		]);
	});
});

describe('cutPathAtAntimeridian', () => {
	it('cuts a path each time it crosses', () => {
		const path: LonLat[] = [
			[170, 0],
			[-170, 0],
			[-175, 10],
			[175, 10]
		];
		expect(cutPathAtAntimeridian(path, straightCrossing(path))).toEqual([
			[
				[170, 0],
				[180, 0]
			],
			[
				[-180, 0],
				[-170, 0],
				[-175, 10],
				[-180, 10]
			],
			[
				[180, 10],
				[175, 10]
			]
		]);
	});
});
