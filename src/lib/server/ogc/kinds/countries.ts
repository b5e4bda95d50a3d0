/**
 * The briefing's countries as polygons: every place of kind `country` with an ISO 3166-1 code,
 * drawn from Natural Earth 50m (world-atlas) through `src/lib/geo/countries`, so Crimea is not
 * part of Russia but a feature of its own that belongs to Ukraine and is flagged `occupied`.
 *
 * Feature ids are the place ids (`ukraine`), with the region for occupied land
 * (`ukraine-crimea`). A country place whose code Natural Earth does not have gets no feature:
 * its point is still in the places collection.
 *
 * The topology is bundled as text and parsed when a collection is built, which the registry
 * does once per briefing per data version, so no parsed copy is kept between versions.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasText from 'world-atlas/countries-50m.json?raw';
import { storyCountries } from '../../../briefing/story-countries';
import type { Briefing, PlaceFeature } from '../../../briefing/types';
import {
	countriesFeatureCollection,
	reassignCrimea,
	type CountryFeature
} from '../../../geo/countries';
import type { CollectionKind, OgcFeature } from '../collection-kind';

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

/** What a country feature says about itself; the same fields on every feature, for GIS tools. */
export interface CountryAreaProperties {
	/** The briefing place the area belongs to. */
	placeId: string;
	/** The country's name as the briefing writes it: Crimea's feature says "Ukraine". */
	name: string;
	/** ISO 3166-1 numeric code. */
	iso: string;
	/** True for land of this country held by another state's army (Crimea). */
	occupied: boolean;
	/** The occupied region's name, null for the rest of the country. */
	region: string | null;
}

export const countriesKind: CollectionKind = {
	suffix: 'countries',
	title: (briefing) => `${briefing.meta.title}: countries`,
	description: () =>
		'Outlines of the countries in the story (Natural Earth 50m). Crimea is Ukrainian territory under Russian occupation: a feature of its own, belonging to Ukraine, marked occupied.',
	buildFeatures: (briefing) => buildCountryFeatures(briefing, JSON.parse(atlasText))
};

/** The country features of a briefing from a world-atlas countries topology (exported for tests). */
export function buildCountryFeatures(briefing: Briefing, atlas: CountriesTopology): OgcFeature[] {
	const places = storyCountries(briefing.places.features as PlaceFeature[]);
	if (places.length === 0) return [];
	const codes = new Set(places.map((place) => place.properties.countryCode));
	const topology = reassignCrimea(atlas);
	const countries = topology.objects.countries;
	const wanted: CountriesTopology = {
		...topology,
		objects: {
			countries: {
				...countries,
				geometries: countries.geometries.filter((g) => codes.has(String(g.id)))
			}
		}
	};
	const areas = countriesFeatureCollection(wanted).features;
	return places.flatMap((place) => {
		// Mainland first (region null), then each occupied region: Natural Earth may split either.
		const groups = new Map<string | null, CountryFeature[]>([[null, []]]);
		for (const area of areas) {
			if (area.properties.iso !== place.properties.countryCode) continue;
			const region = area.properties.occupied ? (area.properties.region ?? 'occupied') : null;
			groups.set(region, [...(groups.get(region) ?? []), area]);
		}
		return [...groups]
			.filter(([, parts]) => parts.length > 0)
			.map(([region, parts]) =>
				areaFeature(
					place,
					region === null ? place.id : `${place.id}-${slug(region)}`,
					parts,
					region
				)
			);
	});
}

/** One feature per (place, region): Natural Earth splits a few countries over several geometries. */
function areaFeature(
	place: PlaceFeature,
	id: string,
	parts: CountryFeature[],
	region: string | null
): OgcFeature {
	const properties: CountryAreaProperties = {
		placeId: place.id,
		name: place.properties.name,
		iso: place.properties.countryCode ?? '',
		occupied: region !== null,
		region
	};
	return { type: 'Feature', id, geometry: combine(parts), properties: { ...properties } };
}

/**
 * One geometry for all parts, with coordinates cut to 6 decimals (about 0.1 m): world-atlas
 * quantises 50m to a grid of about 0.004°, so the digits dropped carry nothing but bytes.
 * Repeated consecutive positions (the antimeridian cut leaves some) are dropped as well.
 */
function combine(parts: CountryFeature[]): Polygon | MultiPolygon {
	const polygons: Position[][][] = parts
		.flatMap((part) =>
			part.geometry.type === 'Polygon' ? [part.geometry.coordinates] : part.geometry.coordinates
		)
		.map((rings) => rings.map(cleanRing))
		// A ring needs four positions; a polygon whose exterior collapsed is dropped whole.
		.filter((rings) => (rings[0]?.length ?? 0) >= 4)
		.map((rings) => rings.filter((ring) => ring.length >= 4));
	if (polygons.length === 1 && parts.length === 1 && parts[0]!.geometry.type === 'Polygon') {
		return { type: 'Polygon', coordinates: polygons[0]! };
	}
	return { type: 'MultiPolygon', coordinates: polygons };
}

function cleanRing(ring: Position[]): Position[] {
	const out: Position[] = [];
	for (const [lon, lat] of ring) {
		const p = [Math.round(lon! * 1e6) / 1e6, Math.round(lat! * 1e6) / 1e6];
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	return out;
}

function slug(text: string): string {
	return (
		text
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'region'
	);
}
