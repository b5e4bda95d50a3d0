import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { buildRangeAnnulus, buildRangeRing, buildRangeRingOutline } from './range-rings';
import {
	findSelfIntersections,
	isClosed,
	linesOf,
	polygonsOf,
	positionsOf
} from './fixtures/geometry-checks';
import { azimuthFrom, measureM, pointAt, worstRadiusErrorM } from './fixtures/measure';
import { seedPlaces } from './fixtures/seed-platforms';
import { signedRingArea } from './ring-area';

const KASHAN = seedPlaces.kashanAirfield;
/** A launch point 0.5° west of the antimeridian: its 2,000 km ring reaches well across. */
const NEAR_ANTIMERIDIAN: [number, number] = [179.5, 10];
/** 85°N is about 560 km from the North Pole: a 1,000 km ring contains it. */
const NEAR_NORTH_POLE: [number, number] = [20, 85];

const onPoleEdge = (p: Position) => Math.abs(p[1] as number) === 90;

/** Every polygon closed, exteriors anticlockwise, holes clockwise, no crossing segments. */
function expectValidRfc7946(geometry: Polygon | MultiPolygon) {
	for (const polygon of polygonsOf(geometry)) {
		polygon.forEach((ring, i) => {
			expect(isClosed(ring)).toBe(true);
			if (i === 0) expect(signedRingArea(ring)).toBeGreaterThan(0);
			else expect(signedRingArea(ring)).toBeLessThan(0);
		});
		expect(findSelfIntersections(polygon)).toEqual([]);
	}
	for (const [lon, lat] of positionsOf(geometry)) {
		expect(Math.abs(lon as number)).toBeLessThanOrEqual(180);
		expect(Math.abs(lat as number)).toBeLessThanOrEqual(90);
	}
}

function containsAt(geometry: Polygon | MultiPolygon, point: Position): boolean {
	return booleanPointInPolygon(point, geometry);
}

/** Points 2% inside and 2% outside the radius, every 10° of azimuth. */
function probePoints(origin: Position, radiusM: number) {
	const azimuths = Array.from({ length: 36 }, (_, i) => i * 10);
	return {
		inside: azimuths.map((azimuth) => pointAt(origin, azimuth, radiusM * 0.98)),
		outside: azimuths.map((azimuth) => pointAt(origin, azimuth, radiusM * 1.02))
	};
}

describe('buildRangeRing around Kashan Airfield', () => {
	it('puts every vertex 1,800 km from the airfield, within 1 m', () => {
		const ring = buildRangeRing(KASHAN, 1800);
		expect(worstRadiusErrorM(KASHAN, positionsOf(ring), 1800e3)).toBeLessThan(1);
	});

	it('is one valid anticlockwise polygon', () => {
		const ring = buildRangeRing(KASHAN, 1800);
		expect(ring.type).toBe('Polygon');
		expectValidRfc7946(ring);
	});

	it('spaces vertices at most 1° of azimuth apart as seen from the origin', () => {
		const [exterior] = polygonsOf(buildRangeRing(KASHAN, 1800))[0] as Position[][];
		const azimuths = (exterior as Position[]).map((p) => azimuthFrom(KASHAN, p));
		const steps = azimuths.slice(1).map((azimuth, i) => {
			const step = Math.abs(azimuth - (azimuths[i] as number));
			return Math.min(step, 360 - step);
		});
		expect(Math.max(...steps)).toBeLessThanOrEqual(1 + 1e-9);
	});

	it('keeps segments of a 5,000 km ring under 50 km', () => {
		const [exterior] = polygonsOf(buildRangeRing(KASHAN, 5000))[0] as Position[][];
		const lengths = (exterior as Position[])
			.slice(1)
			.map((p, i) => measureM((exterior as Position[])[i] as Position, p));
		expect(Math.max(...lengths)).toBeLessThanOrEqual(50_000);
	});

	it('covers points just inside the radius and none just outside it', () => {
		const ring = buildRangeRing(KASHAN, 1800);
		const { inside, outside } = probePoints(KASHAN, 1800e3);
		expect(inside.filter((p) => !containsAt(ring, p))).toEqual([]);
		expect(outside.filter((p) => containsAt(ring, p))).toEqual([]);
	});
});

describe('buildRangeRing across the antimeridian', () => {
	const ring = buildRangeRing(NEAR_ANTIMERIDIAN, 2000);

	it('splits into two polygons at ±180', () => {
		expect(ring.type).toBe('MultiPolygon');
		const lonSpans = polygonsOf(ring).map((polygon) => {
			const lons = (polygon[0] as Position[]).map((p) => p[0] as number);
			return [Math.min(...lons), Math.max(...lons)];
		});
		expect(lonSpans).toEqual(
			expect.arrayContaining([
				[expect.closeTo(161.5, 0), 180],
				[-180, expect.closeTo(-162.5, 0)]
			])
		);
	});

	it('has no segment streaking across the map', () => {
		const lonSteps = polygonsOf(ring).flatMap((polygon) =>
			(polygon[0] as Position[])
				.slice(1)
				.map((p, i) => Math.abs((p[0] as number) - ((polygon[0] as Position[])[i] as Position)[0]!))
		);
		expect(Math.max(...lonSteps)).toBeLessThan(2);
	});

	it('is valid RFC 7946 geometry', () => {
		expectValidRfc7946(ring);
	});

	it('puts every vertex, the cut points included, 2,000 km from the origin within 1 m', () => {
		const cutPoints = positionsOf(ring).filter((p) => Math.abs(p[0] as number) === 180);
		expect(cutPoints.length).toBeGreaterThanOrEqual(4);
		expect(worstRadiusErrorM(NEAR_ANTIMERIDIAN, positionsOf(ring), 2000e3)).toBeLessThan(1);
	});

	it('covers points just inside the radius on both sides and none just outside', () => {
		const { inside, outside } = probePoints(NEAR_ANTIMERIDIAN, 2000e3);
		expect(inside.some((p) => (p[0] as number) < 0)).toBe(true);
		expect(inside.filter((p) => !containsAt(ring, p))).toEqual([]);
		expect(outside.filter((p) => containsAt(ring, p))).toEqual([]);
	});

	it('covers the antimeridian itself near the origin', () => {
		expect(containsAt(ring, [180, 10])).toBe(true);
		expect(containsAt(ring, [-180, 10])).toBe(true);
		expect(containsAt(ring, [0, 10])).toBe(false);
	});
});

describe('buildRangeRing around the North Pole', () => {
	const ring = buildRangeRing(NEAR_NORTH_POLE, 1000);

	it('closes along the pole edge so that it is one polygon over the cap', () => {
		expect(ring.type).toBe('Polygon');
		const poleEdge = positionsOf(ring).filter(onPoleEdge);
		expect(poleEdge).toEqual(
			expect.arrayContaining([
				[180, 90],
				[-180, 90]
			])
		);
	});

	it('is valid RFC 7946 geometry', () => {
		expectValidRfc7946(ring);
	});

	it('puts every vertex off the pole edge 1,000 km from the origin within 1 m', () => {
		const onRing = positionsOf(ring).filter((p) => !onPoleEdge(p));
		expect(worstRadiusErrorM(NEAR_NORTH_POLE, onRing, 1000e3)).toBeLessThan(1);
	});

	it('covers the polar cap at every longitude', () => {
		const nearPole = Array.from({ length: 36 }, (_, i): Position => [-175 + i * 10, 89.5]);
		expect(nearPole.filter((p) => !containsAt(ring, p))).toEqual([]);
	});

	it('covers points just inside the radius and none just outside', () => {
		const { inside, outside } = probePoints(NEAR_NORTH_POLE, 1000e3);
		expect(inside.filter((p) => !containsAt(ring, p))).toEqual([]);
		expect(outside.filter((p) => containsAt(ring, p))).toEqual([]);
	});
});

describe('buildRangeRing around the South Pole', () => {
	const origin: [number, number] = [-170, -80];
	const ring = buildRangeRing(origin, 2000);

	it('closes along the southern edge, anticlockwise, and covers the cap', () => {
		expect(ring.type).toBe('Polygon');
		expectValidRfc7946(ring);
		expect(positionsOf(ring)).toEqual(
			expect.arrayContaining([
				[180, -90],
				[-180, -90]
			])
		);
		expect(containsAt(ring, [0, -89.5])).toBe(true);
		expect(containsAt(ring, [10, -60])).toBe(false);
	});
});

describe('buildRangeRingOutline', () => {
	it('strokes a ring cut at the antimeridian without drawing along ±180', () => {
		const outline = buildRangeRingOutline(NEAR_ANTIMERIDIAN, 2000);
		expect(outline.type).toBe('MultiLineString');
		const alongCut = linesOf(outline).flatMap((line) =>
			line
				.slice(1)
				.filter(
					(p, i) =>
						Math.abs(p[0] as number) === 180 && Math.abs((line[i] as Position)[0] as number) === 180
				)
		);
		expect(alongCut).toEqual([]);
		expect(worstRadiusErrorM(NEAR_ANTIMERIDIAN, positionsOf(outline), 2000e3)).toBeLessThan(1);
	});

	it('strokes a polar ring without the pole edge', () => {
		const outline = buildRangeRingOutline(NEAR_NORTH_POLE, 1000);
		expect(positionsOf(outline).filter(onPoleEdge)).toEqual([]);
		expect(worstRadiusErrorM(NEAR_NORTH_POLE, positionsOf(outline), 1000e3)).toBeLessThan(1);
	});

	it('is a closed LineString when nothing needs cutting', () => {
		const outline = buildRangeRingOutline(KASHAN, 200);
		expect(outline.type).toBe('LineString');
		const [first, ...rest] = positionsOf(outline);
		expect(rest[rest.length - 1]).toEqual(first);
	});
});

describe('buildRangeAnnulus', () => {
	it('cuts the inner disc out as a clockwise hole', () => {
		const band = buildRangeAnnulus(KASHAN, 1700, 1800);
		expect(band.type).toBe('Polygon');
		expect((band as Polygon).coordinates).toHaveLength(2);
		expectValidRfc7946(band);
	});

	it('covers the spread between the figures and neither side of it', () => {
		const band = buildRangeAnnulus(KASHAN, 1700, 1800);
		for (const azimuth of [0, 90, 180, 270, 317]) {
			expect(containsAt(band, pointAt(KASHAN, azimuth, 1750e3))).toBe(true);
			expect(containsAt(band, pointAt(KASHAN, azimuth, 1650e3))).toBe(false);
			expect(containsAt(band, pointAt(KASHAN, azimuth, 1850e3))).toBe(false);
		}
	});

	it('stays valid and covers the right area when both rings cross the antimeridian', () => {
		const band = buildRangeAnnulus(NEAR_ANTIMERIDIAN, 1000, 2000);
		expectValidRfc7946(band);
		for (let azimuth = 0; azimuth < 360; azimuth += 15) {
			expect(containsAt(band, pointAt(NEAR_ANTIMERIDIAN, azimuth, 1500e3))).toBe(true);
			expect(containsAt(band, pointAt(NEAR_ANTIMERIDIAN, azimuth, 900e3))).toBe(false);
		}
	});

	it('stays valid and covers the right area when both rings contain the pole', () => {
		const band = buildRangeAnnulus(NEAR_NORTH_POLE, 800, 1500);
		expectValidRfc7946(band);
		expect(containsAt(band, [0, 89.9])).toBe(false);
		for (let azimuth = 0; azimuth < 360; azimuth += 15) {
			expect(containsAt(band, pointAt(NEAR_NORTH_POLE, azimuth, 1150e3))).toBe(true);
		}
	});

	it('rejects an empty band', () => {
		expect(() => buildRangeAnnulus(KASHAN, 1800, 1800)).toThrow(RangeError);
	});
});

describe('buildRangeRing limits', () => {
	it('rejects radii of zero and radii that could enclose both poles', () => {
		expect(() => buildRangeRing(KASHAN, 0)).toThrow(RangeError);
		expect(() => buildRangeRing(KASHAN, 10_000)).toThrow(RangeError);
	});
});

describe('golden ring', () => {
	// Regenerate on purpose only: REGEN=1 npx vitest run src/lib/geo/range-rings.spec.ts
	const file = new URL('./fixtures/golden/ring-179.5E-10N-2000km.geojson', import.meta.url);

	it('matches the stored antimeridian ring to 1e-9 degrees', () => {
		const ring = buildRangeRing(NEAR_ANTIMERIDIAN, 2000);
		if (process.env.REGEN) {
			writeFileSync(file, JSON.stringify(ring, null, '\t') + '\n');
		}
		const golden = JSON.parse(readFileSync(file, 'utf8')) as MultiPolygon;
		expect(ring.type).toBe(golden.type);
		const actual = positionsOf(ring);
		const expected = positionsOf(golden);
		expect(actual).toHaveLength(expected.length);
		const worst = Math.max(
			...actual.map((p, i) =>
				Math.max(
					Math.abs((p[0] as number) - ((expected[i] as Position)[0] as number)),
					Math.abs((p[1] as number) - ((expected[i] as Position)[1] as number))
				)
			)
		);
		expect(worst).toBeLessThan(1e-9);
	});
});

describe('buildRangeAnnulus anywhere on the globe', () => {
	it('is valid and covers the middle of the band for any origin and radii', () => {
		fc.assert(
			fc.property(
				fc.double({ min: -180, max: 180, noNaN: true }),
				fc.double({ min: -90, max: 90, noNaN: true }),
				fc.double({ min: 2, max: 9990, noNaN: true }),
				fc.double({ min: 0.05, max: 0.95, noNaN: true }),
				(lon, lat, outerKm, innerShare) => {
					const origin: [number, number] = [lon, lat];
					const innerKm = outerKm * innerShare;
					const band = buildRangeAnnulus(origin, innerKm, outerKm);
					expectValidRfc7946(band);
					for (let azimuth = 0; azimuth < 360; azimuth += 30) {
						const middle = pointAt(origin, azimuth, ((innerKm + outerKm) / 2) * 1000);
						expect(containsAt(band, middle)).toBe(true);
					}
				}
			),
			{ numRuns: 40, seed: 20220716 }
		);
	});

	it('is valid when centred exactly on the North Pole', () => {
		const band = buildRangeAnnulus([0, 90], 100, 500);
		expectValidRfc7946(band);
		expect(containsAt(band, [45, 87])).toBe(true);
		expect(containsAt(band, [45, 89.5])).toBe(false);
	});
});
