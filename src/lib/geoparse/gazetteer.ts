/**
 * The in-memory gazetteer: the index's columns plus lookup tables from normalised names to
 * places, built once when the index is loaded.
 */
import { PLACE_KINDS, type GazetteerData, type LookupKeys, type PlaceKind } from './gazetteer-data';
import { nameKey } from './names';

export interface Gazetteer {
	data: GazetteerData;
	/** Normalised name or alias → places. */
	byName: Map<string, number[]>;
	/** Normalised demonym ("iranian", "ukrainians") → country places. */
	byDemonym: Map<string, number[]>;
	/** Normalised postal abbreviation ("calif", "ny") → US states. */
	byPostal: Map<string, number[]>;
	/** Airports by their name without "Airport", "Air Base", "Airfield" … ("kashan"). */
	byFacilityBase: Map<string, number[]>;
	/** Airports by ICAO and IATA code (upper case), for the gazetteer search. */
	byCode: Map<string, number[]>;
	/** Country place by ISO alpha-2 code. */
	countryByCode: Map<string, number>;
	/** One-word town names that are also English words. */
	englishWords: Set<string>;
	/** Attribution of every source, for display wherever the data appears. */
	attribution: string[];
}

/** Words that make a name a facility's: "Kashan Airfield", "Al Udeid Air Base". */
export const FACILITY_WORDS =
	/\s+(international airport|regional airport|municipal airport|airport|air base|air force base|airbase|airfield|air field|air station|naval air station|airstrip|aerodrome)$/i;

function push(map: Map<string, number[]>, key: string, place: number): void {
	if (!key) return;
	const list = map.get(key);
	if (!list) map.set(key, [place]);
	else if (!list.includes(place)) list.push(place);
}

/** The lookup keys of every name in the index (see `GazetteerData.keys`). */
export function lookupKeys(data: Omit<GazetteerData, 'keys'>): LookupKeys {
	const airport = PLACE_KINDS.indexOf('airport');
	const p = data.places;
	return {
		place: p.name.map(nameKey),
		facility: p.name.map((name, i) =>
			p.kind[i] === airport ? nameKey(name.replace(FACILITY_WORDS, '')) : ''
		),
		alias: data.aliases.name.map(nameKey),
		demonym: data.demonyms.name.map(nameKey),
		postal: data.postalAbbreviations.name.map(nameKey)
	};
}

export function createGazetteer(data: GazetteerData): Gazetteer {
	const byName = new Map<string, number[]>();
	const byDemonym = new Map<string, number[]>();
	const byPostal = new Map<string, number[]>();
	const byFacilityBase = new Map<string, number[]>();
	const byCode = new Map<string, number[]>();
	const countryByCode = new Map<string, number>();
	const p = data.places;
	const keys = data.keys;
	const airport = PLACE_KINDS.indexOf('airport');
	const country = PLACE_KINDS.indexOf('country');
	for (let i = 0; i < p.name.length; i++) {
		const kind = p.kind[i]!;
		push(byName, keys.place[i]!, i);
		if (kind === airport) {
			// Airports are also found by their base name followed by a facility word
			// ("Kashan Airfield"), never by the bare base name, which is usually the city's.
			push(byFacilityBase, keys.facility[i]!, i);
			push(byCode, p.id[i]!.toUpperCase(), i);
		} else if (kind === country) {
			countryByCode.set(p.country[i]!, i);
		}
	}
	keys.alias.forEach((key, j) => push(byName, key, data.aliases.place[j]!));
	keys.demonym.forEach((key, j) => push(byDemonym, key, data.demonyms.place[j]!));
	keys.postal.forEach((key, j) => push(byPostal, key, data.postalAbbreviations.place[j]!));
	return {
		data,
		byName,
		byDemonym,
		byPostal,
		byFacilityBase,
		byCode,
		countryByCode,
		englishWords: new Set(data.englishWords),
		attribution: data.sources.map((s) => s.attribution)
	};
}

export function kindOf(g: Gazetteer, place: number): PlaceKind {
	return PLACE_KINDS[g.data.places.kind[place]!]!;
}
