/**
 * The countries collection: the seed briefing's country places as Natural Earth 50m polygons,
 * with Crimea shown as Ukraine's, occupied, and the whole collection served through the API.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Briefing, PlaceFeature } from '../../../briefing/types';
import { loadCatalog, type Catalog } from '../../catalog';
import { REPO_GEODATA, SEED_ID } from '../../geodata-fixture';
import { validateGeoJson } from '../../validate-geojson';
import { createApi } from '../api';
import type { OgcFeature } from '../collection-kind';
import { fixtureBriefing, apiRequest } from '../fixtures/catalog';
import { buildCountryFeatures, countriesKind } from './countries';

const require = createRequire(import.meta.url);
const atlas50m = (): Topology<{ countries: GeometryCollection }> =>
	JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const KYIV: [number, number] = [30.52, 50.45];
const MOSCOW: [number, number] = [37.62, 55.75];
const ISFAHAN: [number, number] = [51.67, 32.65];

const contains = (feature: OgcFeature | undefined, point: [number, number]) =>
	feature !== undefined && booleanPointInPolygon(point, feature as Feature<Polygon | MultiPolygon>);

let catalog: Catalog;
let seed: Briefing;
let features: OgcFeature[];
beforeAll(async () => {
	catalog = await loadCatalog(REPO_GEODATA);
	seed = catalog.briefings.get(SEED_ID)!;
	features = countriesKind.buildFeatures(seed);
});

const byId = (id: string) => features.find((feature) => feature.id === id);

describe('the countries of the seed briefing', () => {
	it('has one feature per country place, and Crimea as a feature of its own', () => {
		expect(features.map((feature) => feature.id)).toEqual([
			'iran',
			'russia',
			'ukraine',
			'ukraine-crimea'
		]);
	});

	it('puts Simferopol in Ukraine’s occupied Crimea, not in Russia or mainland Ukraine', () => {
		expect(byId('ukraine-crimea')?.properties).toEqual({
			placeId: 'ukraine',
			name: 'Ukraine',
			iso: '804',
			occupied: true,
			region: 'Crimea'
		});
		expect(contains(byId('ukraine-crimea'), SIMFEROPOL)).toBe(true);
		expect(contains(byId('russia'), SIMFEROPOL)).toBe(false);
		expect(contains(byId('ukraine'), SIMFEROPOL)).toBe(false);
	});

	it('draws each capital inside its own country and no other', () => {
		expect(contains(byId('ukraine'), KYIV)).toBe(true);
		expect(contains(byId('russia'), MOSCOW)).toBe(true);
		expect(contains(byId('iran'), ISFAHAN)).toBe(true);
		expect(contains(byId('russia'), KYIV)).toBe(false);
		expect(byId('russia')?.properties).toMatchObject({ occupied: false, region: null });
	});

	it('is valid RFC 7946 after rounding: closed rings, right-hand winding, no repeated points', () => {
		expect(validateGeoJson({ type: 'FeatureCollection', features })).toEqual([]);
		for (const feature of features) {
			const geometry = feature.geometry as Polygon | MultiPolygon;
			const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
			for (const ring of polygons.flat()) {
				expect(ring.length).toBeGreaterThanOrEqual(4);
				const repeated = ring
					.slice(1)
					.filter((p, i) => p[0] === ring[i]![0] && p[1] === ring[i]![1]);
				expect(repeated, `${feature.id}: repeated positions`).toEqual([]);
			}
		}
	});

	it('keeps Russia within -180..180 although it crosses the antimeridian', () => {
		const russia = byId('russia')!.geometry as MultiPolygon;
		const lons = russia.coordinates.flat(2).map((position) => position[0]!);
		expect(Math.min(...lons)).toBeGreaterThanOrEqual(-180);
		expect(Math.max(...lons)).toBeLessThanOrEqual(180);
		expect(Math.min(...lons)).toBeLessThan(-160);
	});
});

describe('briefings without country polygons', () => {
	it('is empty for a briefing with no country places', () => {
		expect(countriesKind.buildFeatures(fixtureBriefing)).toEqual([]);
	});

	it('skips a country whose code Natural Earth does not have', () => {
		const iran = seed.places.features.find((place) => place.id === 'iran') as PlaceFeature;
		const nowhere = {
			...iran,
			id: 'nowhere',
			properties: { ...iran.properties, name: 'Nowhere', countryCode: '999' }
		};
		const briefing: Briefing = {
			...seed,
			places: { type: 'FeatureCollection', features: [iran, nowhere] }
		};
		expect(buildCountryFeatures(briefing, atlas50m()).map((f) => f.id)).toEqual(['iran']);
	});
});

describe('the countries collection in the API', () => {
	const collectionId = `${SEED_ID}.countries`;
	const api = createApi();

	it('is listed, with a spatial extent, and its items filter by bbox', async () => {
		const list = await api.collections(catalog, apiRequest('/api/collections')).json();
		expect(list.collections.map((c: { id: string }) => c.id)).toContain(collectionId);

		const response = api.items(
			catalog,
			apiRequest(`/api/collections/${collectionId}/items?bbox=33.5,44.5,34.5,45.5`, {
				collectionId
			})
		);
		expect(response.headers.get('content-type')).toBe('application/geo+json');
		const page = await response.json();
		expect(page.features.map((f: { id: string }) => f.id)).toEqual(['ukraine-crimea']);
	});

	it('serves Crimea by its own URL', async () => {
		const response = api.feature(
			catalog,
			apiRequest(`/api/collections/${collectionId}/items/ukraine-crimea`, {
				collectionId,
				featureId: 'ukraine-crimea'
			})
		);
		expect(response.status).toBe(200);
		expect((await response.json()).properties).toMatchObject({ occupied: true, name: 'Ukraine' });
	});
});
