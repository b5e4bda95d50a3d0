import { geoArea } from 'd3-geo';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toD3Winding } from './d3-winding';
import { signedRingArea } from './ring-area';

/** A 1°×1° square wound by RFC 7946: counter-clockwise. */
const square: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[10, 10],
			[11, 10],
			[11, 11],
			[10, 11],
			[10, 10]
		]
	]
};

/** The same square with a clockwise hole, as RFC 7946 winds holes. */
const withHole: Polygon = {
	type: 'Polygon',
	coordinates: [
		square.coordinates[0]!,
		[
			[10.25, 10.25],
			[10.25, 10.75],
			[10.75, 10.75],
			[10.75, 10.25],
			[10.25, 10.25]
		]
	]
};

const SPHERE = 4 * Math.PI;
const ONE_DEGREE_SQUARE = (Math.PI / 180) ** 2;

describe('toD3Winding', () => {
	it('is needed: d3 reads an RFC 7946 square as the rest of the sphere', () => {
		expect(geoArea(square)).toBeGreaterThan(SPHERE - 0.01);
	});

	it('makes d3 read the square as the square', () => {
		const area = geoArea(toD3Winding(square));
		expect(area).toBeGreaterThan(0.9 * ONE_DEGREE_SQUARE);
		expect(area).toBeLessThan(ONE_DEGREE_SQUARE);
	});

	it('keeps holes as holes', () => {
		const area = geoArea(toD3Winding(withHole));
		expect(area / geoArea(toD3Winding(square))).toBeCloseTo(0.75, 2);
	});

	it('winds every part of a MultiPolygon and leaves rings already wound for d3 alone', () => {
		const twice: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [withHole.coordinates, toD3Winding(withHole).coordinates]
		};
		const parts = toD3Winding(twice).coordinates;
		for (const [exterior, hole] of parts) {
			expect(signedRingArea(exterior!)).toBeLessThan(0);
			expect(signedRingArea(hole!)).toBeGreaterThan(0);
		}
	});
});
