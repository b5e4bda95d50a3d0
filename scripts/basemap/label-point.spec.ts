import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, Polygon } from 'geojson';
import { labelPoint, regionalLabelPoints } from './label-point';

/** A "C" open to the east: its centroid falls in the gap, outside the shape. */
const C_SHAPE: Polygon = {
	type: 'Polygon',
	coordinates: [
		[
			[0, 0],
			[10, 0],
			[10, 2],
			[2, 2],
			[2, 8],
			[10, 8],
			[10, 10],
			[0, 10],
			[0, 0]
		]
	]
};

describe('labelPoint', () => {
	it('puts the label inside a shape whose centre is outside it', () => {
		const point = labelPoint(C_SHAPE);
		expect(booleanPointInPolygon(point, C_SHAPE)).toBe(true);
		expect(point[0]).toBeLessThan(2); // in the C's back, where it is widest
	});

	it('labels the largest part of a MultiPolygon', () => {
		const islands: MultiPolygon = {
			type: 'MultiPolygon',
			coordinates: [
				[
					[
						[50, 0],
						[51, 0],
						[51, 1],
						[50, 1],
						[50, 0]
					]
				],
				C_SHAPE.coordinates
			]
		};
		expect(labelPoint(islands)[0]).toBeLessThan(10);
	});
});

describe('regionalLabelPoints', () => {
	const wide: Polygon = {
		type: 'Polygon',
		coordinates: [
			[
				[0, 40],
				[120, 40],
				[120, 60],
				[0, 60],
				[0, 40]
			]
		]
	};

	it('adds points across a wide country, none in the main label’s cell, all inside', () => {
		const main = labelPoint(wide);
		const points = regionalLabelPoints(wide, main);
		expect(points.length).toBeGreaterThanOrEqual(4);
		for (const p of points) expect(booleanPointInPolygon(p, wide)).toBe(true);
		expect(points.some((p) => Math.abs(p[0] - main[0]) < 1 && Math.abs(p[1] - main[1]) < 1)).toBe(
			false
		);
	});

	it('adds none for a country that fits in one cell', () => {
		const small: Polygon = {
			type: 'Polygon',
			coordinates: [
				[
					[30, 45],
					[35, 45],
					[35, 48],
					[30, 48],
					[30, 45]
				]
			]
		};
		expect(regionalLabelPoints(small, labelPoint(small))).toEqual([]);
	});
});
