import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { buildRangeBands, createRangeBandBuilder, type RangeFeature } from './range-bands';
import {
	findSelfIntersections,
	isClosed,
	polygonsOf,
	positionsOf
} from '../geo/fixtures/geometry-checks';
import { pointAt, worstRadiusErrorM } from '../geo/fixtures/measure';
import { seedPlaces, seedPlatforms } from '../geo/fixtures/seed-platforms';
import { signedRingArea } from '../geo/ring-area';

const KASHAN = seedPlaces.kashanAirfield;

function featureByKey(features: RangeFeature[], key: string): RangeFeature {
	const found = features.find((feature) => feature.properties.featureKey === key);
	if (!found) throw new Error(`no feature ${key}`);
	return found;
}

describe('buildRangeBands for the seed platforms', () => {
	const { collection, unrangedPlatforms } = buildRangeBands(seedPlatforms, KASHAN);

	it('draws a band with both rings for a spread and a lone ring for a single figure', () => {
		expect(collection.features.map((feature) => feature.id)).toEqual([
			'shahed-129/envelope',
			'shahed-129/0/single-ring',
			'shahed-129/1/band',
			'shahed-129/1/low-ring',
			'shahed-129/1/high-ring',
			'shahed-129/2/single-ring',
			'shahed-129/3/single-ring',
			'shahed-136/0/band',
			'shahed-136/0/low-ring',
			'shahed-136/0/high-ring',
			'mohajer-6/0/single-ring'
		]);
	});

	it('labels a band with platform, figures, kind and that it is reported', () => {
		const band = featureByKey(collection.features, 'shahed-129/1/band');
		expect(band.properties).toMatchObject({
			platformId: 'shahed-129',
			platformName: 'Shahed-129',
			kind: 'range-unstated',
			lowKm: 1700,
			highKm: 1800,
			sourceCount: 1,
			label: 'Shahed-129 · 1,700–1,800 km · range (kind unstated) · reported'
		});
	});

	it('spans a platform with several reach figures from its lowest to its highest', () => {
		const envelope = featureByKey(collection.features, 'shahed-129/envelope');
		expect(envelope.properties).toMatchObject({ part: 'envelope', lowKm: 1700, highKm: 2000 });
		expect(envelope.properties.label).toBe(
			'Shahed-129 · 1,700–2,000 km · spread of 3 reported figures (range (kind unstated))'
		);
		const [outer, inner] = polygonsOf(envelope.geometry as Polygon | MultiPolygon)[0]!;
		expect(worstRadiusErrorM(KASHAN, outer!, 2_000_000)).toBeLessThan(1);
		expect(worstRadiusErrorM(KASHAN, inner!, 1_700_000)).toBeLessThan(1);
	});

	it('gives no envelope to a platform with one reach figure or only a control radius', () => {
		const envelopes = collection.features.filter((f) => f.properties.part === 'envelope');
		expect(envelopes.map((f) => f.properties.platformId)).toEqual(['shahed-129']);
	});

	it('counts the sources of each figure', () => {
		expect(featureByKey(collection.features, 'shahed-136/0/band').properties.sourceCount).toBe(3);
		expect(
			featureByKey(collection.features, 'shahed-129/0/single-ring').properties.sourceCount
		).toBe(2);
	});

	it('marks control radii so the map can draw them apart from flight ranges', () => {
		const controlRadii = collection.features
			.filter((feature) => feature.properties.kind === 'control-radius')
			.map((feature) => feature.id);
		expect(controlRadii).toEqual(['shahed-129/3/single-ring', 'mohajer-6/0/single-ring']);
		expect(featureByKey(collection.features, 'mohajer-6/0/single-ring').properties.label).toBe(
			'Mohajer-6 · 200 km · control radius · reported'
		);
	});

	it('draws nothing for the Shahed-191 and lists it with the note that no range is published', () => {
		expect(
			collection.features.some((feature) => feature.properties.platformId === 'shahed-191')
		).toBe(false);
		expect(unrangedPlatforms).toEqual([
			{
				platformId: 'shahed-191',
				platformName: 'Shahed-191',
				note: seedPlatforms[1]?.noRangeNote
			}
		]);
	});

	it('fills the Shahed-136 band between 2,000 and 2,500 km only', () => {
		const band = featureByKey(collection.features, 'shahed-136/0/band').geometry as Polygon;
		for (const azimuth of [0, 120, 240, 317]) {
			expect(booleanPointInPolygon(pointAt(KASHAN, azimuth, 2250e3), band)).toBe(true);
			expect(booleanPointInPolygon(pointAt(KASHAN, azimuth, 1950e3), band)).toBe(false);
			expect(booleanPointInPolygon(pointAt(KASHAN, azimuth, 2550e3), band)).toBe(false);
		}
	});

	it('strokes each ring at its own radius within 1 m', () => {
		const rings = collection.features.filter(
			(f) => f.properties.part !== 'band' && f.properties.part !== 'envelope'
		);
		for (const feature of rings) {
			const radiusM = feature.properties.radiusKm * 1000;
			expect(worstRadiusErrorM(KASHAN, positionsOf(feature.geometry), radiusM)).toBeLessThan(1);
		}
	});
});

describe('buildRangeBands near the antimeridian', () => {
	it('yields valid bands, each cut into pieces at ±180', () => {
		const { collection } = buildRangeBands(seedPlatforms, [179.5, 55]);
		const bands = collection.features.filter((feature) => feature.properties.part === 'band');
		expect(bands.map((band) => band.geometry.type)).toEqual(['MultiPolygon', 'MultiPolygon']);
		for (const band of bands) {
			for (const polygon of polygonsOf(band.geometry as MultiPolygon)) {
				expect(polygon.every(isClosed)).toBe(true);
				expect(signedRingArea(polygon[0]!)).toBeGreaterThan(0);
				expect(findSelfIntersections(polygon)).toEqual([]);
			}
		}
	});
});

describe('createRangeBandBuilder', () => {
	it('places the same bands around an origin moved due east, shifted by the move', () => {
		const build = createRangeBandBuilder(seedPlatforms);
		const here = build(KASHAN);
		const ring = featureByKey(here.collection.features, 'shahed-129/0/single-ring');
		const before = positionsOf(ring.geometry);
		const moved = build([KASHAN[0] + 10, KASHAN[1]]);
		const after = positionsOf(
			featureByKey(moved.collection.features, 'shahed-129/0/single-ring').geometry
		);
		expect(after).toHaveLength(before.length);
		after.forEach((p, i) => {
			expect(p[0]).toBeCloseTo((before[i]![0] as number) + 10, 9);
			expect(p[1]).toBe(before[i]![1]);
		});
	});

	it('follows a move north with freshly traced rings', () => {
		const build = createRangeBandBuilder(seedPlatforms);
		build(KASHAN);
		const north: [number, number] = [KASHAN[0], KASHAN[1] + 3];
		const moved = build(north);
		const ring = featureByKey(moved.collection.features, 'shahed-136/0/high-ring');
		expect(worstRadiusErrorM(north, positionsOf(ring.geometry), 2500e3)).toBeLessThan(1);
	});

	it('returns the same result object when asked twice for one origin', () => {
		const build = createRangeBandBuilder(seedPlatforms);
		expect(build([KASHAN[0], KASHAN[1]])).toBe(build([KASHAN[0], KASHAN[1]]));
	});

	it('draws nothing when no platform has a published range', () => {
		const unranged = seedPlatforms.filter((platform) => platform.ranges.length === 0);
		const bands = createRangeBandBuilder(unranged)(KASHAN);
		expect(bands.collection.features).toEqual([]);
		expect(bands.unrangedPlatforms.map((platform) => platform.platformId)).toEqual(['shahed-191']);
	});
});
