/**
 * Countries from a world-atlas (Natural Earth) TopoJSON topology, with Crimea shown as what it is:
 * Ukrainian territory under Russian occupation since 2014.
 *
 * Natural Earth draws the de facto line, so in every world-atlas resolution Crimea is one part of
 * Russia's MultiPolygon. A briefing on Russia's war on Ukraine cannot show it that way, so the part
 * is moved to Ukraine as a feature of its own, flagged `occupied`, and the border mesh is computed
 * by country rather than by geometry so the Perekop isthmus is not drawn as an international border.
 *
 * Output is planar RFC 7946 GeoJSON (see `world-atlas-geometry.ts`). Pure functions over plain
 * data: used by the basemap build script and by the API's countries layer.
 */
import { feature, merge, mesh } from 'topojson-client';
import type {
	GeometryCollection,
	GeometryObject,
	MultiPolygon,
	Polygon,
	Topology
} from 'topojson-specification';
import type {
	Feature,
	FeatureCollection,
	MultiLineString,
	MultiPolygon as GeoMultiPolygon,
	Polygon as GeoPolygon,
	Position
} from 'geojson';
import { toPlanarLines, toPlanarPolygon } from './world-atlas-geometry';

/** ISO 3166-1 numeric codes, as world-atlas writes them (strings, zero-padded). */
export const RUSSIA_ID = '643';
export const UKRAINE_ID = '804';

/**
 * Crimea is the only part of Russia's MultiPolygon whose bounding box lies inside this box
 * (checked for 110m, 50m and 10m). A box rather than a point test, so that a future Natural Earth
 * release that splits Sevastopol off or adds the Tuzla spit is caught by the "exactly one" check.
 */
export const CRIMEA_BOX = { west: 32.4, south: 44.3, east: 36.7, north: 46.3 } as const;

export interface CountryProperties {
	/** ISO 3166-1 numeric code, or null for Natural Earth units that have none (Kosovo, N. Cyprus, …). */
	iso: string | null;
	name: string;
	/** True only for territory held by another state's army against the sovereign's will (Crimea). */
	occupied: boolean;
	/** Name of the occupied region, for labels and popups. */
	region?: string;
}

export type CountryFeature = Feature<GeoPolygon | GeoMultiPolygon, CountryProperties>;

type CountryGeometry = (Polygon | MultiPolygon) & {
	id?: string | number;
	properties?: { name?: string; occupied?: boolean; region?: string };
};

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

/** The key borders are compared by: the ISO code, or the name for units that have none. */
export function countryKey(geometry: GeometryObject): string {
	const props = geometry.properties as { name?: string } | undefined;
	return geometry.id !== undefined ? String(geometry.id) : `name:${props?.name ?? ''}`;
}

function countryGeometries(topology: CountriesTopology): CountryGeometry[] {
	const countries = topology.objects.countries;
	if (!countries || countries.type !== 'GeometryCollection') {
		throw new Error('topology has no "countries" GeometryCollection');
	}
	return countries.geometries.filter(
		(g): g is CountryGeometry => g.type === 'Polygon' || g.type === 'MultiPolygon'
	);
}

function polygonBbox(topology: Topology, arcs: number[][]): [number, number, number, number] {
	const polygon = feature(topology, { type: 'Polygon', arcs } as Polygon) as Feature<GeoPolygon>;
	let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of polygon.geometry.coordinates[0] ?? []) {
		west = Math.min(west, lon!);
		east = Math.max(east, lon!);
		south = Math.min(south, lat!);
		north = Math.max(north, lat!);
	}
	return [west, south, east, north];
}

function insideCrimeaBox([west, south, east, north]: [number, number, number, number]): boolean {
	return (
		west >= CRIMEA_BOX.west &&
		east <= CRIMEA_BOX.east &&
		south >= CRIMEA_BOX.south &&
		north <= CRIMEA_BOX.north
	);
}

/**
 * Returns a copy of the topology in which Crimea is a geometry of its own with Ukraine's id and
 * `occupied: true`, and no longer a part of Russia. Arcs are shared, not copied, so meshes computed
 * from the result stay topologically exact. The input is left untouched.
 *
 * Throws unless exactly one part of Russia lies in {@link CRIMEA_BOX}: silently drawing the wrong
 * line is worse than failing the build.
 */
export function reassignCrimea<T extends CountriesTopology>(topology: T): T {
	const geometries = topology.objects.countries.geometries as CountryGeometry[];
	const russia = geometries.find((g) => String(g.id) === RUSSIA_ID);
	if (!russia || russia.type !== 'MultiPolygon')
		throw new Error('Russia (643) is not a MultiPolygon');
	if (!geometries.some((g) => String(g.id) === UKRAINE_ID))
		throw new Error('Ukraine (804) is missing');
	if (geometries.some((g) => g.properties?.occupied))
		throw new Error('Crimea has already been reassigned');

	const crimeaParts = russia.arcs.flatMap((part, index) =>
		insideCrimeaBox(polygonBbox(topology, part)) ? [index] : []
	);
	if (crimeaParts.length !== 1) {
		throw new Error(`expected exactly one Crimea part in Russia, found ${crimeaParts.length}`);
	}
	const crimeaIndex = crimeaParts[0]!;

	const russiaWithout: MultiPolygon = {
		...russia,
		arcs: russia.arcs.filter((_, index) => index !== crimeaIndex)
	};
	const crimea: CountryGeometry = {
		type: 'Polygon',
		id: UKRAINE_ID,
		properties: { name: 'Ukraine', occupied: true, region: 'Crimea' },
		arcs: russia.arcs[crimeaIndex]!
	};
	const reassigned = geometries.flatMap((g): CountryGeometry[] =>
		g === russia ? [russiaWithout] : String(g.id) === UKRAINE_ID ? [g, crimea] : [g]
	);
	return {
		...topology,
		objects: {
			...topology.objects,
			countries: { ...topology.objects.countries, geometries: reassigned }
		}
	};
}

/**
 * Countries as GeoJSON, one feature per world-atlas geometry, Crimea included as its own feature.
 * Expects a topology that went through {@link reassignCrimea}.
 */
export function countriesFeatureCollection(
	topology: CountriesTopology
): FeatureCollection<GeoPolygon | GeoMultiPolygon, CountryProperties> {
	const used = new Map<string, number>();
	/** Natural Earth repeats a few codes (Australia's outlying islands at 50m/10m); ids must not. */
	const uniqueId = (id: string): string => {
		const seen = used.get(id) ?? 0;
		used.set(id, seen + 1);
		return seen === 0 ? id : `${id}-${seen + 1}`;
	};
	return {
		type: 'FeatureCollection',
		features: countryGeometries(topology).map((geometry) => {
			const f = feature(topology, geometry) as Feature<GeoPolygon | GeoMultiPolygon>;
			const properties: CountryProperties = {
				iso: geometry.id === undefined ? null : String(geometry.id),
				name: geometry.properties?.name ?? '',
				occupied: geometry.properties?.occupied === true
			};
			if (geometry.properties?.region) properties.region = geometry.properties.region;
			return {
				type: 'Feature',
				id: uniqueId(featureId(properties)),
				properties,
				geometry: toPlanarPolygon(f.geometry)
			};
		})
	};
}

/** A stable feature id: the ISO code, a slug of the name where there is none, and the region for occupied land. */
function featureId({ iso, name, occupied, region }: CountryProperties): string {
	const base =
		iso ??
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '');
	return occupied && region ? `${base}-${region.toLowerCase()}` : base;
}

/**
 * Land borders between different countries. Compared by country, not by geometry, so the arcs
 * between occupied Crimea and mainland Ukraine (Perekop, Chonhar, Arabat Spit) are not borders.
 * With `involving`, only the borders of the countries whose key (see {@link countryKey}) it accepts.
 */
export function countryBorders(
	topology: CountriesTopology,
	involving: (key: string) => boolean = () => true
): MultiLineString {
	return toPlanarLines(
		mesh(topology, topology.objects.countries, (a, b) => {
			const [keyA, keyB] = [countryKey(a), countryKey(b)];
			return a !== b && keyA !== keyB && (involving(keyA) || involving(keyB));
		})
	);
}

export interface BorderProperties {
	/** ISO codes of the countries on either side ('' for a unit without one), a before b. */
	a: string;
	b: string;
}

/**
 * The same borders as {@link countryBorders}, one feature per pair of neighbouring countries, so
 * a style can pick out the borders of the story's countries without drawing a country's whole
 * outline (which for Ukraine would run across Perekop, between it and occupied Crimea).
 */
export function countryBorderFeatures(
	topology: CountriesTopology
): FeatureCollection<MultiLineString, BorderProperties> {
	const geometries = countryGeometries(topology);
	// Which countries use each arc; an arc used by two is a border between them.
	const arcCountries = new Map<number, Set<string>>();
	const collect = (arcs: unknown, key: string): void => {
		if (Array.isArray(arcs)) return arcs.forEach((arc) => collect(arc, key));
		if (typeof arcs !== 'number') return;
		const index = arcs < 0 ? ~arcs : arcs;
		arcCountries.set(index, (arcCountries.get(index) ?? new Set()).add(key));
	};
	for (const g of geometries) collect(g.arcs, countryKey(g));
	const pairs = new Set<string>();
	for (const keys of arcCountries.values())
		if (keys.size === 2) pairs.add([...keys].sort().join('|'));

	const iso = (key: string) => (key.startsWith('name:') ? '' : key);
	const features = [...pairs].map((pair) => {
		const [a, b] = pair.split('|') as [string, string];
		// Every geometry of both countries (Crimea too), so arcs inside one country are left out.
		const both = geometries.filter((g) => countryKey(g) === a || countryKey(g) === b);
		const lines = mesh(
			topology,
			{ type: 'GeometryCollection', geometries: both },
			(x, y) => x !== y && countryKey(x) !== countryKey(y)
		);
		return {
			type: 'Feature' as const,
			properties: { a: iso(a), b: iso(b) },
			geometry: toPlanarLines(lines)
		};
	});
	return { type: 'FeatureCollection', features };
}

/** Edges Natural Earth adds where it cuts land at the antimeridian or around the South Pole. */
function isCutEdge(a: Position, b: Position): boolean {
	const onAntimeridian = Math.abs(a[0]!) === 180 && a[0] === b[0];
	const atPole = Math.abs(a[1]!) > 89.99 && Math.abs(b[1]!) > 89.99;
	return onAntimeridian || atPole;
}

/**
 * Arcs used by one geometry only: where land meets sea (or a lake that no country covers),
 * without the cuts along the antimeridian (Chukotka, Fiji) and the pole, which are no coast.
 */
export function coastlines(topology: CountriesTopology): MultiLineString {
	const lines: Position[][] = [];
	const coast = toPlanarLines(mesh(topology, topology.objects.countries, (a, b) => a === b));
	for (const line of coast.coordinates) {
		let current: Position[] = [line[0]!];
		for (let i = 1; i < line.length; i++) {
			if (isCutEdge(line[i - 1]!, line[i]!)) {
				if (current.length > 1) lines.push(current);
				current = [line[i]!];
			} else {
				current.push(line[i]!);
			}
		}
		if (current.length > 1) lines.push(current);
	}
	return { type: 'MultiLineString', coordinates: lines };
}

/** All land as one MultiPolygon, without the seams between countries that fills would show. */
export function landMass(topology: CountriesTopology): GeoPolygon | GeoMultiPolygon {
	return toPlanarPolygon(merge(topology, countryGeometries(topology)));
}
