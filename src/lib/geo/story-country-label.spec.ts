import { readFileSync, readdirSync } from 'node:fs';
import { geoDistance } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };
import { describe, expect, it } from 'vitest';
import { countriesFeatureCollection, reassignCrimea } from './countries';
import { storyCountryLabelPoint, viewBounds } from './story-country-label';

const countries = countriesFeatureCollection(
	reassignCrimea(atlas as unknown as Topology<{ countries: GeometryCollection }>)
).features.filter((f) => !f.properties.occupied);

const km = (a: [number, number], b: [number, number]) => geoDistance(a, b) * 6371.0088;

describe('viewBounds', () => {
	it('matches the box MapLibre shows for the seed briefing on a 1280×800 screen', () => {
		// Read from the explore map (map.getBounds()) at 1280×800: 800×550 CSS pixels.
		const [west, south, east, north] = viewBounds([42, 41], 2.9);
		expect(west).toBeCloseTo(4.32, 1);
		expect(east).toBeCloseTo(79.68, 1);
		expect(south).toBeCloseTo(18.87, 0);
		expect(north).toBeCloseTo(57.61, 0);
	});
});

describe('storyCountryLabelPoint', () => {
	it('is the centroid of a country wholly in view', () => {
		const iran = countries.find((c) => c.properties.iso === '364')!;
		const point = storyCountryLabelPoint(iran.geometry, [-180, -85, 180, 85])!;
		expect(point[0]).toBeCloseTo(54.27, 1);
		expect(point[1]).toBeCloseTo(32.58, 1);
	});

	it('is null for a country out of view', () => {
		const iran = countries.find((c) => c.properties.iso === '364')!;
		expect(storyCountryLabelPoint(iran.geometry, [-10, -10, 0, 0])).toBeNull();
	});
});

describe('every briefing’s country places', () => {
	const root = 'geodata/briefings';
	for (const id of readdirSync(root)) {
		it(`${id}: sit on their countries’ label points in the default view`, () => {
			const briefing = JSON.parse(readFileSync(`${root}/${id}/briefing.json`, 'utf8'));
			const places = JSON.parse(readFileSync(`${root}/${id}/places.geojson`, 'utf8'));
			const view = viewBounds(briefing.defaultView.center, briefing.defaultView.zoom);
			const countryPlaces = places.features.filter(
				(f: { properties: { kind: string } }) => f.properties.kind === 'country'
			);
			for (const place of countryPlaces) {
				const country = countries.find((c) => c.properties.iso === place.properties.countryCode);
				expect(country, `${place.id}: country ${place.properties.countryCode}`).toBeDefined();
				const expected = storyCountryLabelPoint(country!.geometry, view);
				expect(expected, `${place.id} is in the default view`).not.toBeNull();
				const off = km(place.geometry.coordinates, expected!);
				expect(off, `${place.id}: km from its label point`).toBeLessThan(5);
			}
		});
	}
});
