/**
 * The gazetteer index as `scripts/gazetteer/build.ts` writes it and the server loads it: one
 * JSON document with column arrays (one entry per place, same position in every column), which
 * parses several times faster than an array of objects and keeps the file compact.
 */

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

export interface GazetteerData {
	format: 1;
	/** When the index was built (ISO 8601). */
	builtAt: string;
	sources: GazetteerSource[];
	places: {
		name: string[];
		/** Index into PLACE_KINDS. */
		kind: number[];
		lat: number[];
		lon: number[];
		/** ISO 3166-1 alpha-2, or "" for seas, continents and regions across borders. */
		country: string[];
		/** First-level region code within the country (GeoNames / ISO 3166-2 style), or "". */
		admin1: string[];
		/** 0 when unknown. */
		population: number[];
		/** GeoNames feature code, an OurAirports type, or a curated class. */
		featureCode: string[];
		/** Index into `sources`. */
		source: number[];
		/** The id within its source (GeoNames id, ICAO code, ISO code, curated slug). */
		id: string[];
	};
	/** Other names of places: `name[i]` is another name of place `place[i]`. */
	aliases: { name: string[]; place: number[] };
	/** Words for a country's people ("Iranian", "Ukrainians"): `name[i]` names place `place[i]`. */
	demonyms: { name: string[]; place: number[] };
	/** Places whose name also stands for an institution (seats of power), by place index. */
	standsFor: Record<string, StandsFor>;
	/**
	 * Abbreviations that name a place only after a comma and another place ("Fresno, Calif."),
	 * where they cannot be read as ordinary words.
	 */
	postalAbbreviations: { name: string[]; place: number[] };
	/**
	 * One-word town names that are also English words ("Mobile", "Reading", "Centre"), from an
	 * English word list: such a capitalised word is a place only with more evidence.
	 */
	englishWords: string[];
	/**
	 * The normalised lookup key of every name above, in the same order (`facility` is the key
	 * of an airport's name without "Airport", "" for other places), computed when the index is
	 * built so that loading it normalises nothing.
	 */
	keys: LookupKeys;
}

export interface LookupKeys {
	place: string[];
	facility: string[];
	alias: string[];
	demonym: string[];
	postal: string[];
}
