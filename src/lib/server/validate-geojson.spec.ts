import { describe, expect, it } from 'vitest';
import { validateGeoJson } from './validate-geojson';

const square = [
	[0, 0],
	[1, 0],
	[1, 1],
	[0, 1],
	[0, 0]
];
const hole = [
	[0.25, 0.25],
	[0.25, 0.75],
	[0.75, 0.75],
	[0.75, 0.25],
	[0.25, 0.25]
];

const collection = (...geometries: unknown[]) => ({
	type: 'FeatureCollection',
	features: geometries.map((geometry, i) => ({
		type: 'Feature',
		id: `f${i}`,
		geometry,
		properties: {}
	}))
});

describe('validateGeoJson', () => {
	it('accepts points, a counter-clockwise polygon with a clockwise hole, and a multipolygon', () => {
		expect(
			validateGeoJson(
				collection(
					{ type: 'Point', coordinates: [180, -90] },
					{ type: 'Polygon', coordinates: [square, hole] },
					{ type: 'MultiPolygon', coordinates: [[square]] }
				)
			)
		).toEqual([]);
	});

	it('reports a longitude and a latitude out of range at their own index', () => {
		expect(validateGeoJson(collection({ type: 'Point', coordinates: [-181, 91, 0] }))).toEqual([
			{
				path: '$.features[0].geometry.coordinates[0]',
				message: 'longitude -181 is outside [-180, 180]'
			},
			{ path: '$.features[0].geometry.coordinates[1]', message: 'latitude 91 is outside [-90, 90]' }
		]);
	});

	it('suggests that longitude and latitude were swapped when that would fit', () => {
		const [finding] = validateGeoJson(collection({ type: 'Point', coordinates: [33.9, 151.6] }));
		expect(finding?.message).toContain('swapped');
	});

	it('reports an unclosed ring', () => {
		expect(
			validateGeoJson(
				collection({ type: 'Polygon', coordinates: [square.slice(0, 4).concat([[0, 0.5]])] })
			)
		).toEqual([
			{
				path: '$.features[0].geometry.coordinates[0]',
				message: 'ring is not closed: its last position [0,0.5] must repeat its first [0,0]'
			}
		]);
	});

	it('reports a ring with fewer than four positions', () => {
		const [finding] = validateGeoJson(
			collection({
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 1],
						[0, 0]
					]
				]
			})
		);
		expect(finding?.message).toContain('at least 4 positions');
	});

	it('reports a clockwise exterior ring and a counter-clockwise hole', () => {
		expect(
			validateGeoJson(
				collection({ type: 'Polygon', coordinates: [[...square].reverse(), [...hole].reverse()] })
			)
		).toEqual([
			{
				path: '$.features[0].geometry.coordinates[0]',
				message: 'exterior ring must be counter-clockwise (RFC 7946 §3.1.6): reverse its positions'
			},
			{
				path: '$.features[0].geometry.coordinates[1]',
				message: 'hole must be clockwise (RFC 7946 §3.1.6): reverse its positions'
			}
		]);
	});

	it('locates problems inside a multipolygon part', () => {
		const [finding] = validateGeoJson(
			collection({ type: 'MultiPolygon', coordinates: [[square], [[...square].reverse()]] })
		);
		expect(finding?.path).toBe('$.features[0].geometry.coordinates[1][0]');
	});

	it('reports a ring that encloses no area', () => {
		const [finding] = validateGeoJson(
			collection({
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[1, 1],
						[2, 2],
						[0, 0]
					]
				]
			})
		);
		expect(finding?.message).toBe('ring encloses no area');
	});

	it('reports a duplicate feature id where it is used again', () => {
		const value = collection(
			{ type: 'Point', coordinates: [0, 0] },
			{ type: 'Point', coordinates: [1, 1] }
		);
		value.features[1]!.id = 'f0';
		expect(validateGeoJson(value)).toEqual([
			{
				path: '$.features[1].id',
				message: 'duplicate feature id "f0": already used at $.features[0].id'
			}
		]);
	});

	it('ignores what is not GeoJSON, leaving it to the schema', () => {
		expect(validateGeoJson(null)).toEqual([]);
		expect(
			validateGeoJson({ features: [null, { geometry: { type: 'Point', coordinates: ['a'] } }] })
		).toEqual([]);
	});
});
