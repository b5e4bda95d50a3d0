/**
 * The gazetteer index as `scripts/gazetteer/build.ts` assembles it and the server loads it:
 * columns (one entry per place, same position in every column), numbers in typed arrays, and
 * every name lookup as a sorted `NameTableData`. The server's file format
 * (src/lib/server/gazetteer-file.ts) stores these arrays as they are, so loading builds neither
 * an object per place nor a map per name.
 */
import type { NameTableData } from './name-table';
import type { StringList } from './packed-strings';

/** What a place is; `kind` in the geoparser's output. */
export const PLACE_KINDS = [
	'country',
	'admin1',
	'city',
	'airport',
	'facility',
	'region',
	'sea',
	'continent'
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** What a seat of power stands for when its name is used for an institution. */
export interface StandsFor {
	/** ISO 3166-1 alpha-2 code of the country whose institution it is. */
	country: string;
	/** The institution, in words: "the US presidency". */
	institution: string;
}

export interface GazetteerSource {
	/** Short key used in `gazetteer.source` of the output: "geonames", "ourairports" … */
	key: string;
	/** Who made the data, its licence and the npm package it comes from, for display. */
	attribution: string;
}

export interface GazetteerColumns {
	name: StringList;
	/** Index into PLACE_KINDS. */
	kind: Uint8Array;
	lat: Float64Array;
	lon: Float64Array;
	/** ISO 3166-1 alpha-2, or "" for seas, continents and regions across borders. */
	country: string[];
	/** First-level region code within the country (GeoNames / ISO 3166-2 style), or "". */
	admin1: string[];
	/** 0 when unknown. */
	population: Uint32Array;
	/** GeoNames feature code, an OurAirports type, or a curated class. */
	featureCode: string[];
	/** Index into `sources`. */
	source: Uint8Array;
	/** The id within its source (GeoNames id, ICAO code, ISO code, curated slug). */
	id: StringList;
}

export interface GazetteerData {
	format: 2;
	/** When the index was built (ISO 8601). */
	builtAt: string;
	sources: GazetteerSource[];
	places: GazetteerColumns;
	/** Places whose name also stands for an institution (seats of power), by place index. */
	standsFor: Record<string, StandsFor>;
	/**
	 * One-word town names that are also English words ("Mobile", "Reading", "Centre"), from an
	 * English word list: such a capitalised word is a place only with more evidence.
	 */
	englishWords: Iterable<string>;
	/** Normalised name or alias (`nameKey`) → places. */
	names: NameTableData;
	/** Normalised word for a country's people ("iranian", "ukrainians") → the country. */
	demonyms: NameTableData;
	/**
	 * Normalised abbreviation that names a US state only after a comma and another place
	 * ("Fresno, Calif."), where it cannot be read as an ordinary word.
	 */
	postal: NameTableData;
	/** Airports by their normalised name without "Airport", "Air Base", "Airfield" … */
	facilities: NameTableData;
	/** Airports by ICAO and IATA code (upper case). */
	codes: NameTableData;
}
