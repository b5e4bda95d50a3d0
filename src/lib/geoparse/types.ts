/** The geoparser's output: what the CLI prints, the API returns and the studio shows. */
import type { PlaceKind } from './gazetteer-data';

export type { PlaceKind };

/** What a mention stands for: the land, a government or organisation, or the people. */
export type Sense = 'place' | 'government' | 'people';

export interface GazetteerRef {
	/** The source's key: "geonames", "world-countries", "country-state-city", "ourairports", "curated". */
	source: string;
	/** The place's id in that source (GeoNames id, ISO code, ICAO code, curated slug). */
	id: string;
}

export interface PlaceCandidate {
	name: string;
	kind: PlaceKind;
	lat: number;
	lon: number;
	gazetteer: GazetteerRef;
	/** 0–1: the candidate's share of the evidence among this name's candidates. */
	score: number;
}

export interface PlaceMention {
	/** JavaScript string offsets into the input. */
	start: number;
	end: number;
	text: string;
	sense: Sense;
}

export interface GeoparsedPlace extends PlaceCandidate {
	/** Ranked, the chosen place first. */
	candidates: PlaceCandidate[];
	mentions: PlaceMention[];
}

export interface GeoparsedDate {
	start: number;
	end: number;
	text: string;
	/** YYYY-MM-DD; the parts finer than `precision` are implied, not stated. */
	date: string;
	precision: 'day' | 'month' | 'year';
}

export interface GeoparseResult {
	places: GeoparsedPlace[];
	dates: GeoparsedDate[];
	/** Where the gazetteer's data comes from, to show with it. */
	attribution: string[];
}
