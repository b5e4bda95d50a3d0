import type { Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { squareWithHole } from './fixtures/catalog';
import { geometryBounds, geometryIntersects } from './geometry-filter';

const box = (west: number, south: number, east: number, north: number) => [
	{ west, south, east, north }
];
const point = (lon: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lon, lat] });
describe('geometryIntersects', () => {
	it('includes points inside and on the edge, excludes points outside', () => {
		expect(geometryIntersects(point(5, 5), box(0, 0, 10, 10))).toBe(true);
		expect(geometryIntersects(point(10, 10), box(0, 0, 10, 10))).toBe(true);
		expect(geometryIntersects(point(10.01, 5), box(0, 0, 10, 10))).toBe(false);
	});

	it('never includes a null geometry', () => {
		expect(geometryIntersects(null, box(-180, -90, 180, 90))).toBe(false);
	});

	it('includes a line that crosses the box with no vertex inside', () => {
		const line: Geometry = {
			type: 'LineString',
			coordinates: [
				[-5, 5],
				[15, 5]
			]
		};
		expect(geometryIntersects(line, box(0, 0, 10, 10))).toBe(true);
		expect(geometryIntersects(line, box(0, 6, 10, 10))).toBe(false);
	});

	it('includes a polygon that contains the whole box', () => {
		expect(geometryIntersects(squareWithHole, box(11, 11, 12, 12))).toBe(true);
	});

	it('excludes a box inside the polygon’s hole', () => {
		expect(geometryIntersects(squareWithHole, box(14.5, 14.5, 15.5, 15.5))).toBe(false);
	});

	it('excludes a box that meets only the polygon’s envelope, not the polygon', () => {
		const triangle: Geometry = {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[0, 10],
					[0, 0]
				]
			]
		};
		expect(geometryIntersects(triangle, box(8, 8, 9, 9))).toBe(false);
		expect(geometryIntersects(triangle, box(4, 4, 9, 9))).toBe(true);
	});

	it('matches on either side of the antimeridian for a split box', () => {
		const across = [
			{ west: 170, south: -20, east: 180, north: -10 },
			{ west: -180, south: -20, east: -170, north: -10 }
		];
		expect(geometryIntersects(point(178.44, -18.14), across)).toBe(true);
		expect(geometryIntersects(point(-171.76, -13.83), across)).toBe(true);
		expect(geometryIntersects(point(0, -15), across)).toBe(false);
	});

	it('checks every member of multi-geometries and collections', () => {
		const multi: Geometry = {
			type: 'GeometryCollection',
			geometries: [point(50, 50), { type: 'MultiPoint', coordinates: [[1, 1]] }]
		};
		expect(geometryIntersects(multi, box(0, 0, 2, 2))).toBe(true);
		expect(geometryIntersects(multi, box(3, 3, 4, 4))).toBe(false);
	});
});

describe('geometryBounds', () => {
	it('spans every coordinate and skips null geometries', () => {
		expect(geometryBounds([point(51, 34), null, squareWithHole])).toEqual([10, 10, 51, 34]);
	});

	it('is null without coordinates', () => {
		expect(geometryBounds([null])).toBeNull();
	});
});
