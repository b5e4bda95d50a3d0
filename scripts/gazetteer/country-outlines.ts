/**
 * Which country a point lies in, from the Natural Earth 1:50m outlines in world-atlas (the same
 * outlines as the basemap, Crimea as Ukrainian territory). Used by the gazetteer build to check
 * that each first-level region's point lies in its country, and by the evaluation to test
 * whether a chosen country contains a gold point.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { countriesFeatureCollection, reassignCrimea } from '../../src/lib/geo/countries.ts';
import type { CountriesTopology } from '../basemap/layers.ts';
import { numericToAlpha2 } from './sources.ts';

const require = createRequire(import.meta.url);

interface Outline {
	country: string;
	box: number[];
	feature: Feature<Polygon | MultiPolygon>;
}

/** [west, south, east, north] of a polygon's outer rings: all the point test needs to skip it. */
function outerBox(geometry: Polygon | MultiPolygon): number[] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const box = [Infinity, Infinity, -Infinity, -Infinity];
	for (const polygon of polygons) {
		for (const [x, y] of polygon[0] ?? []) {
			box[0] = Math.min(box[0]!, x!);
			box[1] = Math.min(box[1]!, y!);
			box[2] = Math.max(box[2]!, x!);
			box[3] = Math.max(box[3]!, y!);
		}
	}
	return box;
}

export type CountryAt = (lat: number, lon: number) => string | undefined;

export function loadCountryOutlines(): CountryAt {
	const topology = JSON.parse(
		readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
	) as CountriesTopology;
	const alpha2 = numericToAlpha2();
	const outlines: Outline[] = [];
	for (const f of countriesFeatureCollection(reassignCrimea(topology)).features) {
		const country = f.properties.iso ? alpha2.get(f.properties.iso) : undefined;
		if (!country) continue;
		outlines.push({ country, box: outerBox(f.geometry), feature: f });
	}
	return (lat, lon) => {
		// Planar outlines may run past ±180° where they cross the antimeridian.
		for (const x of [lon, lon + 360, lon - 360]) {
			for (const o of outlines) {
				const [w, s, e, n] = o.box as [number, number, number, number];
				if (x < w || x > e || lat < s || lat > n) continue;
				if (booleanPointInPolygon([x, lat], o.feature)) return o.country;
			}
		}
		return undefined;
	};
}
