/**
 * The basemap's layers as GeoJSON, before tiling: what the style's `source-layer`s are named and
 * which properties they carry. Polygon and line layers come per Natural Earth resolution (the
 * tiler picks one per zoom band); label layers are points shared by all zooms, each with the
 * `minzoom` from which the tiler includes it.
 */
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Point } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import {
	coastlines,
	countriesFeatureCollection,
	countryBorderFeatures,
	landMass,
	reassignCrimea,
	type CountryFeature
} from '../../src/lib/geo/countries.ts';
import { toD3Winding } from '../../src/lib/geo/d3-winding.ts';
import { SOURCE_LAYER } from '../../src/lib/map/basemap-schema.ts';
import { labelPoint, regionalLabelPoints } from './label-point.ts';

export type CountriesTopology = Topology<{ countries: GeometryCollection }>;

/** Source-layer names, shared with the style builder. */
export const LAYER = SOURCE_LAYER;

export interface ResolutionLayers {
	[LAYER.land]: FeatureCollection;
	[LAYER.countries]: FeatureCollection;
	[LAYER.boundaries]: FeatureCollection;
	[LAYER.coastline]: FeatureCollection;
}

function collection(
	geometry: Geometry,
	properties: Record<string, unknown> = {}
): FeatureCollection {
	return { type: 'FeatureCollection', features: [{ type: 'Feature', properties, geometry }] };
}

function lines(geometry: MultiLineString, kind: string): FeatureCollection {
	return collection(geometry, { kind });
}

/** Polygons and lines of one resolution, with Crimea drawn as occupied Ukraine. */
export function resolutionLayers(atlas: CountriesTopology): ResolutionLayers {
	const topology = reassignCrimea(atlas);
	const countries = countriesFeatureCollection(topology);
	return {
		[LAYER.land]: collection(landMass(topology)),
		[LAYER.countries]: {
			type: 'FeatureCollection',
			features: countries.features.map((f) => ({
				type: 'Feature',
				geometry: f.geometry,
				// MVT has no null: countries without an ISO code carry an empty string.
				properties: {
					iso: f.properties.iso ?? '',
					name: f.properties.name,
					occupied: f.properties.occupied
				}
			}))
		},
		[LAYER.boundaries]: {
			type: 'FeatureCollection',
			features: countryBorderFeatures(topology).features.map((f) => ({
				...f,
				properties: { kind: 'country', ...f.properties }
			}))
		},
		[LAYER.coastline]: lines(coastlines(topology), 'coast')
	};
}

const EARTH_KM2 = 4 * Math.PI * 6371 ** 2;

/** Area on the sphere in km². */
function areaKm2(feature: CountryFeature): number {
	const steradians = geoArea(toD3Winding(feature.geometry));
	return (steradians / (4 * Math.PI)) * EARTH_KM2;
}

/** Bigger countries are labelled sooner: large ones on the world view, micro-states up close. */
export function countryLabelMinZoom(km2: number): number {
	if (km2 > 1_500_000) return 1;
	if (km2 > 250_000) return 2;
	if (km2 > 40_000) return 3;
	if (km2 > 8_000) return 4;
	return 5;
}

export interface CountryLabelProperties {
	name: string;
	iso: string;
	/** `country`, or `occupied` for a region held by another state (Crimea). */
	kind: 'country' | 'occupied';
	minzoom: number;
}

/**
 * One label point per country, inside its largest part; Crimea gets a region label of its own,
 * later than Ukraine's, so a reader close in sees whose territory the hatching marks.
 */
export function countryLabels(
	atlas: CountriesTopology
): FeatureCollection<Point, CountryLabelProperties> {
	const countries = countriesFeatureCollection(reassignCrimea(atlas));
	const features = countries.features.flatMap((f): Feature<Point, CountryLabelProperties>[] => {
		const occupied = f.properties.occupied;
		const km2 = areaKm2(f);
		const main = labelPoint(f.geometry);
		const properties: CountryLabelProperties = {
			name: occupied ? (f.properties.region ?? f.properties.name) : f.properties.name,
			iso: f.properties.iso ?? '',
			kind: occupied ? 'occupied' : 'country',
			minzoom: occupied ? 5 : countryLabelMinZoom(km2)
		};
		// The biggest countries also get a name in each region, once zoomed in so far that the
		// main label is likely off screen (Antarctica has no regions a briefing looks at).
		const regional =
			!occupied && km2 > 3_000_000 && f.properties.name !== 'Antarctica'
				? regionalLabelPoints(f.geometry, main)
				: [];
		return [main, ...regional].map((coordinates, i) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates },
			properties: i === 0 ? properties : { ...properties, minzoom: 5 }
		}));
	});
	features.sort((a, b) => a.properties.minzoom - b.properties.minzoom);
	return { type: 'FeatureCollection', features };
}
