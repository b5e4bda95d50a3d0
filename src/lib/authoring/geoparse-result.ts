/**
 * The geoparser's result, as `src/lib/geoparse` returns it: proposed places with their ranked
 * gazetteer candidates and every mention, and the dates found in the text. Offsets are into the
 * text given to the parser.
 *
 * Declared here, in the one file the editor's conversion reads it from, while the geoparser's
 * own module is not yet part of the app; once it is, this file re-exports its types instead.
 */
export interface GazetteerRef {
	source: string;
	id: string;
}

export interface GeoparseCandidate {
	name: string;
	kind: string;
	lat: number;
	lon: number;
	gazetteer: GazetteerRef;
	score: number;
}

export interface GeoparseMention {
	start: number;
	end: number;
	text: string;
	sense: string;
}

export interface GeoparsePlace extends GeoparseCandidate {
	/** Best first; the place itself is the first candidate. */
	candidates: GeoparseCandidate[];
	mentions: GeoparseMention[];
}

export interface GeoparseDate {
	start: number;
	end: number;
	text: string;
	/** ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	precision: string;
}

export interface GeoparseResult {
	places: GeoparsePlace[];
	dates: GeoparseDate[];
	/** Where the gazetteer's data comes from, to show with it. */
	attribution: string[];
}
