import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LineString } from 'geojson';
import {
	CRIMEA_BOX,
	RUSSIA_ID,
	UKRAINE_ID,
	coastlines,
	countriesFeatureCollection,
	countryBorderFeatures,
	landMass,
	countryBorders,
	reassignCrimea
} from './countries';

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

const require = createRequire(import.meta.url);
function loadAtlas(resolution: string): CountriesTopology {
	return JSON.parse(
		readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')
	);
}

/** Simferopol, the administrative centre of Crimea. */
const SIMFEROPOL: [number, number] = [34.1, 44.95];
/** Armyansk, at the Perekop isthmus that joins Crimea to mainland Ukraine. */
const PEREKOP = { west: 33.4, south: 45.9, east: 34.2, north: 46.3 };

function lineTouches(lines: LineString['coordinates'][], box: typeof PEREKOP): boolean {
	return lines.some((line) =>
		line.some(
			([lon, lat]) => lon! > box.west && lon! < box.east && lat! > box.south && lat! < box.north
		)
	);
}

describe.each(['110m', '50m', '10m'])('Crimea at world-atlas %s', (resolution) => {
	const atlas = loadAtlas(resolution);
	const reassigned = reassignCrimea(atlas);
	const countries = countriesFeatureCollection(reassigned);
	const byIso = (iso: string) => countries.features.filter((f) => f.properties.iso === iso);

	it('no longer puts Simferopol in Russia', () => {
		const [russia, ...more] = byIso(RUSSIA_ID);
		expect(more).toHaveLength(0);
		expect(booleanPointInPolygon(SIMFEROPOL, russia!)).toBe(false);
	});

	it('puts Simferopol in Ukraine, in a feature flagged occupied', () => {
		const containing = byIso(UKRAINE_ID).filter((f) => booleanPointInPolygon(SIMFEROPOL, f));
		expect(containing).toHaveLength(1);
		expect(containing[0]!.properties).toMatchObject({
			name: 'Ukraine',
			occupied: true,
			region: 'Crimea'
		});
		expect(containing[0]!.id).toBe('804-crimea');
	});

	it('keeps mainland Ukraine unflagged, and flags nothing else', () => {
		const occupied = countries.features.filter((f) => f.properties.occupied);
		expect(occupied.map((f) => f.properties.region)).toEqual(['Crimea']);
		expect(byIso(UKRAINE_ID).filter((f) => !f.properties.occupied)).toHaveLength(1);
	});

	it('moves exactly one part, and keeps the rest of Russia', () => {
		const before = atlas.objects.countries.geometries.find((g) => g.id === RUSSIA_ID);
		const after = reassigned.objects.countries.geometries.find((g) => g.id === RUSSIA_ID);
		expect(before?.type === 'MultiPolygon' && after?.type === 'MultiPolygon').toBe(true);
		if (before?.type !== 'MultiPolygon' || after?.type !== 'MultiPolygon') return;
		expect(after.arcs).toHaveLength(before.arcs.length - 1);
	});

	it('leaves the input topology untouched', () => {
		const fresh = loadAtlas(resolution);
		expect(atlas.objects.countries.geometries).toEqual(fresh.objects.countries.geometries);
	});

	it('draws no international border across the Perekop isthmus', () => {
		const original = countryBorders(atlas).coordinates;
		expect(lineTouches(original, PEREKOP)).toBe(true);
		expect(lineTouches(countryBorders(reassigned).coordinates, PEREKOP)).toBe(false);
	});

	it('splits the borders by pair of countries, with none between Ukraine and Crimea', () => {
		const borders = countryBorderFeatures(reassigned).features;
		// Units without an ISO code (Kosovo, the Cyprus buffer zone…) all read '' and may repeat.
		const pairs = borders
			.filter((f) => f.properties.a && f.properties.b)
			.map((f) => `${f.properties.a}|${f.properties.b}`);
		expect(new Set(pairs).size).toBe(pairs.length);
		expect(pairs).toContain('643|804'); // Russia–Ukraine
		expect(pairs).toContain('364|368'); // Iran–Iraq
		const ukraine = borders.filter(
			(f) => f.properties.a === UKRAINE_ID || f.properties.b === UKRAINE_ID
		);
		expect(ukraine.some((f) => lineTouches(f.geometry.coordinates, PEREKOP))).toBe(false);
		const total = (lines: LineString['coordinates'][]) => lines.reduce((n, l) => n + l.length, 0);
		expect(total(borders.flatMap((f) => f.geometry.coordinates))).toBeGreaterThanOrEqual(
			total(countryBorders(reassigned).coordinates)
		);
	});

	it('still draws the Russia–Ukraine land border east of Kharkiv', () => {
		const kharkivBorder = { west: 36.5, south: 49.5, east: 40.5, north: 51 };
		expect(lineTouches(countryBorders(reassigned).coordinates, kharkivBorder)).toBe(true);
	});

	it('keeps the coast of Crimea a coastline', () => {
		const crimeaCoast = { west: CRIMEA_BOX.west, south: CRIMEA_BOX.south, east: 34, north: 45 };
		expect(lineTouches(coastlines(reassigned).coordinates, crimeaCoast)).toBe(true);
	});

	it('winds rings by the right-hand rule, as RFC 7946 asks', () => {
		const area = (ring: number[][]) =>
			ring.reduce((sum, [x1, y1], i) => {
				const [x2, y2] = ring[(i + 1) % ring.length]!;
				return sum + (x1! * y2! - x2! * y1!);
			}, 0);
		// Quantization collapsed the Vatican at 10m to a zero-area ring; there is nothing to wind.
		for (const f of countries.features.filter(
			(f) => f.properties.name !== 'Vatican' || resolution !== '10m'
		)) {
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			for (const [outer, ...holes] of polygons) {
				expect(area(outer!), `${f.properties.name} exterior`).toBeGreaterThan(0);
				for (const hole of holes) expect(area(hole), `${f.properties.name} hole`).toBeLessThan(0);
			}
		}
	});

	it('closes Antarctica through the South Pole, not across the map', () => {
		const [antarctica] = countries.features.filter((f) => f.properties.name === 'Antarctica');
		expect(booleanPointInPolygon([0, -89.5], antarctica!)).toBe(true);
		expect(booleanPointInPolygon([0, -60], antarctica!)).toBe(false);
	});

	it('draws no coastline along the antimeridian cut or around the South Pole', () => {
		const cut = coastlines(reassigned).coordinates.some((line) =>
			line.some(([lon, lat], i) => {
				const [prevLon, prevLat] = line[i - 1] ?? [];
				return (
					i > 0 &&
					((Math.abs(lon!) === 180 && lon === prevLon) || (lat! < -89.99 && prevLat! < -89.99))
				);
			})
		);
		expect(cut).toBe(false);
	});

	it('cuts Russia and Fiji at the antimeridian instead of drawing across the map', () => {
		// A long segment along the pole itself is how a ring round the pole closes on a plane.
		const jumps = (ring: number[][]) =>
			ring.some(
				([lon, lat], i) => i > 0 && Math.abs(lon! - ring[i - 1]![0]!) > 180 && Math.abs(lat!) !== 90
			);
		for (const f of countries.features) {
			const polygons =
				f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
			expect(polygons.flat().some(jumps), f.properties.name).toBe(false);
			expect(
				polygons.flat(2).every(([lon]) => lon! >= -180 && lon! <= 180),
				f.properties.name
			).toBe(true);
		}
		for (const lines of [countryBorders(reassigned), coastlines(reassigned)]) {
			expect(lines.coordinates.some(jumps)).toBe(false);
		}
		const [russia] = byIso(RUSSIA_ID);
		expect(booleanPointInPolygon([-175, 67], russia!)).toBe(true); // Chukotka, east of 180°
		expect(booleanPointInPolygon([170, 68], russia!)).toBe(true); // Chukotka, west of 180°
		expect(booleanPointInPolygon([-170, 58], russia!)).toBe(false); // Bering Sea
	});

	it('gives every feature a unique id', () => {
		const ids = countries.features.map((f) => f.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('landMass', () => {
	it('covers Crimea, Antarctica and Siberia and leaves the Black Sea open', () => {
		const land = {
			type: 'Feature' as const,
			properties: {},
			geometry: landMass(reassignCrimea(loadAtlas('50m')))
		};
		expect(booleanPointInPolygon(SIMFEROPOL, land)).toBe(true);
		expect(booleanPointInPolygon([0, -85], land)).toBe(true);
		expect(booleanPointInPolygon([100, 65], land)).toBe(true);
		expect(booleanPointInPolygon([34, 43], land)).toBe(false);
	});
});

describe('reassignCrimea', () => {
	it('refuses a topology it has already changed', () => {
		const once = reassignCrimea(loadAtlas('110m'));
		expect(() => reassignCrimea(once)).toThrow(/already/);
	});

	it('refuses a topology where no part of Russia lies in the Crimea box', () => {
		const atlas = loadAtlas('110m');
		const russia = atlas.objects.countries.geometries.find((g) => g.id === RUSSIA_ID);
		if (russia?.type !== 'MultiPolygon') throw new Error('fixture: Russia is not a MultiPolygon');
		const withoutCrimea = reassignCrimea(atlas).objects.countries.geometries.find(
			(g) => g.id === RUSSIA_ID
		)!;
		russia.arcs = (withoutCrimea as typeof russia).arcs;
		expect(() => reassignCrimea(atlas)).toThrow(/exactly one Crimea part/);
	});
});
