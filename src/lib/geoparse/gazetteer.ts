/**
 * The in-memory gazetteer: the index's columns plus its name tables, wrapped for lookup. Nothing
 * is rebuilt when the index is loaded; the only derived tables are small (countries by code,
 * the English-word town names).
 */
import { PLACE_KINDS, type GazetteerData, type PlaceKind } from './gazetteer-data';
import { NameTable } from './name-table';

export interface Gazetteer {
	data: GazetteerData;
	/** Normalised name or alias → places. */
	byName: NameTable;
	/** Normalised demonym ("iranian", "ukrainians") → country places. */
	byDemonym: NameTable;
	/** Normalised postal abbreviation ("calif", "ny") → US states. */
	byPostal: NameTable;
	/** Airports by their name without "Airport", "Air Base", "Airfield" … ("kashan"). */
	byFacilityBase: NameTable;
	/** Airports by ICAO and IATA code (upper case), for the gazetteer search. */
	byCode: NameTable;
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

export function createGazetteer(data: GazetteerData): Gazetteer {
	const countryByCode = new Map<string, number>();
	const country = PLACE_KINDS.indexOf('country');
	const p = data.places;
	for (let i = 0; i < p.kind.length; i++) {
		if (p.kind[i] === country) countryByCode.set(p.country[i]!, i);
	}
	return {
		data,
		byName: new NameTable(data.names),
		byDemonym: new NameTable(data.demonyms),
		byPostal: new NameTable(data.postal),
		byFacilityBase: new NameTable(data.facilities),
		byCode: new NameTable(data.codes),
		countryByCode,
		englishWords: new Set(data.englishWords),
		attribution: data.sources.map((s) => s.attribution)
	};
}

export function kindOf(g: Gazetteer, place: number): PlaceKind {
	return PLACE_KINDS[g.data.places.kind[place]!]!;
}
