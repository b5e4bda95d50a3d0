/**
 * US counties from the Census Bureau's cartographic boundaries, as `us-atlas` packages them
 * (counties-10m.json: each county's name and five-digit FIPS code). Local US news names counties
 * ("Laurel County", "Horry County") more than any other place GeoNames' towns do not cover.
 *
 * Kind `region`, not `admin1`: a county is a second-level division (GeoNames ADM2), and `admin1`
 * means a state, which the geoparser and its evaluation treat as a first-level region. Each
 * county is known only by its full name with its word ("Laurel County", "Orleans Parish",
 * "Juneau Borough"): the bare name is nearly always the county seat, a person or a word
 * ("Orange", "Lincoln"), and would only add false readings.
 */
import { createRequire } from 'node:module';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { labelPoint } from '../basemap/label-point.ts';
import type { SourceEntry } from './sources.ts';

const require = createRequire(import.meta.url);

/** Louisiana has parishes; Alaska boroughs and census areas; every other state counties. */
function countyWord(stateFips: string): string {
	if (stateFips === '22') return 'Parish';
	if (stateFips === '02') return 'Borough';
	return 'County';
}

/**
 * Codes 510 and above in Virginia, Maryland, Missouri and Nevada are independent cities
 * (Richmond, Baltimore, St. Louis, Carson City), which GeoNames already holds as towns.
 */
const isIndependentCity = (fips: string) => Number(fips.slice(2)) >= 510;

/**
 * One entry per county, at the point inside its largest part farthest from its edge (so a
 * crescent-shaped county's point is still inside it). `stateCodes` maps a state's name to its
 * postal code ("Kentucky" → "KY"), which is also the county's `admin1`.
 */
export function usCounties(stateCodes: Map<string, string>): SourceEntry[] {
	const topology = require('us-atlas/counties-10m.json') as Topology<{
		counties: GeometryCollection<{ name: string }>;
		states: GeometryCollection<{ name: string }>;
	}>;
	const stateNames = new Map(
		topology.objects.states.geometries.map((s) => [String(s.id), s.properties!.name])
	);
	const counties = feature(topology, topology.objects.counties);
	const entries: SourceEntry[] = [];
	for (const county of counties.features) {
		const fips = String(county.id);
		const state = stateCodes.get(stateNames.get(fips.slice(0, 2)) ?? '');
		const geometry = county.geometry as Polygon | MultiPolygon | null;
		if (!state || !geometry || isIndependentCity(fips)) continue;
		const [lon, lat] = labelPoint(geometry, 0.005);
		const name = `${county.properties!.name} ${countyWord(fips.slice(0, 2))}`;
		entries.push({
			name,
			aliases: [],
			kind: 'region',
			lat,
			lon,
			country: 'US',
			admin1: state,
			population: 0,
			featureCode: 'ADM2',
			source: 'us-atlas',
			id: `US-${fips}`
		});
	}
	return entries;
}
