/**
 * The briefing data model, shared by the server and the client.
 *
 * A briefing is a folder in `geodata/briefings/<id>/`; these types describe the validated,
 * in-memory form of its files. The schemas in `schemas.ts` parse the files into these shapes.
 */
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';

/** A public source a figure or fact was read from. */
export interface Source {
	/** Who published it, e.g. "AP via thestar.com". */
	publisher: string;
	/** Only http(s) URLs are accepted. */
	url?: string;
	/** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of publication, when known. */
	date?: string;
	title?: string;
}

/** The camera a view or scene starts with. */
export interface CameraView {
	center: [lon: number, lat: number];
	zoom: number;
	bearing?: number;
	pitch?: number;
}

/** Where a reported claim stands: only claimed, denied by someone, or confirmed by someone. */
export type ClaimStatus = 'claimed' | 'denied' | 'confirmed';

/**
 * Who stands behind what an event's title or a scene's caption reports. Without it the text is
 * stated as fact; with it the app says "US says …; Iran denies". Actors are short names as a
 * headline would use them ("US", "Iran").
 */
export interface Attribution {
	/** Who makes the claim. */
	claimedBy: string;
	status: ClaimStatus;
	/** Who denies it: given exactly when `status` is `denied`. */
	deniedBy?: string[];
	/** Who confirms it: given exactly when `status` is `confirmed`. */
	confirmedBy?: string[];
}

export interface Scene {
	id: string;
	title: string;
	/** Read as the claim of `attribution.claimedBy` when an attribution is given. */
	caption: string;
	attribution?: Attribution;
	/** Either an explicit camera or the ids of places to fit in view. */
	camera?: CameraView;
	fitPlaces?: string[];
	layers: string[];
	/** Platform ids whose range bands are shown. */
	platforms?: string[];
	highlightPlaces: string[];
	/** ISO date the timeline shows. */
	date?: string;
	notes: string;
}

/** `briefing.json`. */
export interface BriefingMeta {
	id: string;
	title: string;
	subject: string;
	/** Where the article came from: cited as is. */
	articleSource: Source;
	/** ISO date (or month) of the article. */
	articleDate: string;
	/** The place a range band starts from unless the analyst moves it. */
	defaultLaunchPlace?: string;
	defaultView: CameraView;
	scenes: Scene[];
	/** Names in the article the curation chose not to map, each with why. */
	unmappedNames?: UnmappedName[];
}

/** A name the article uses that is deliberately not a place of the briefing (e.g. an alliance). */
export interface UnmappedName {
	/** The words as written in the article. */
	text: string;
	/** Where the article uses them. */
	refs: string[];
	reason: string;
}

/** One sentence of a paragraph, addressable as `p3.s2`. */
export interface Sentence {
	id: string;
	text: string;
	/** Character offsets into the paragraph text. */
	start: number;
	end: number;
}

/** One paragraph of `article.md`, addressable as `p3`. */
export interface Paragraph {
	id: string;
	text: string;
	sentences: Sentence[];
}

export interface Article {
	paragraphs: Paragraph[];
}

/** What a name stands for where the text uses it: the place, its government, or its people ("Iranians"). */
export type MentionSense = 'place' | 'government' | 'people';

/** A passage of the article that speaks of a place. */
export interface Mention {
	/** Paragraph or sentence reference: `p5` or `p5.s1`. */
	ref: string;
	/** The words in the text that name the place, exactly as written. */
	text: string;
	sense: MentionSense;
}

/** `region`: an area without agreed borders (e.g. the Middle East), drawn as a label. */
export type PlaceKind = 'airfield' | 'city' | 'capital' | 'country' | 'region';

export interface PlaceProperties {
	name: string;
	/** Other names the article or sources use: matched in the text by the mention finder. */
	aliases: string[];
	kind: PlaceKind;
	/** One sentence: why this place is in the story. */
	role: string;
	/** `primary` places are the story's; `context` places orient the reader. */
	prominence: 'primary' | 'secondary' | 'context';
	/** ISO 3166-1 numeric code: links a country entry to the basemap's polygon. */
	countryCode?: string;
	note?: string;
	sources: Source[];
	mentions: Mention[];
}

export type PlaceGeometry = Point | Polygon | MultiPolygon;
export type PlaceFeature = Feature<PlaceGeometry, PlaceProperties> & { id: string };
export type PlaceCollection = FeatureCollection<PlaceGeometry, PlaceProperties> & {
	features: PlaceFeature[];
};

/** What a range figure measures: they are not interchangeable. */
export type RangeKind = 'one-way-range' | 'range-unstated' | 'combat-radius' | 'control-radius';

export interface RangeFigure {
	kind: RangeKind;
	lowKm: number;
	highKm: number;
	/** How the figure should be read, and any ambiguity in it. */
	note?: string;
	sources: Source[];
}

export interface Claim {
	text: string;
	sources: Source[];
}

export interface Platform {
	id: string;
	name: string;
	aliases: string[];
	/** `shown` at Kashan in the story; `context` for platforms supplied later. */
	status: 'shown' | 'context';
	description: string;
	/** Empty when no range has been published; `noRangeNote` then says so, with sources. */
	ranges: RangeFigure[];
	noRangeNote?: Claim;
	claims: Claim[];
}

export interface FactCheck {
	note: string;
	sources: Source[];
}

export interface BriefingEvent {
	id: string;
	/** ISO date, YYYY-MM-DD. */
	date: string;
	/** Read as the claim of `attribution.claimedBy` when an attribution is given. */
	title: string;
	attribution?: Attribution;
	/** Place ids; may be empty for events without a mapped place. */
	placeIds: string[];
	/** Free-text location where no place id fits (e.g. "Vienna"). */
	locationLabel?: string;
	/** Article paragraphs or sentences that report it. */
	refs: string[];
	sources: Source[];
	factCheck?: FactCheck;
}

/** A whole validated briefing. */
export interface Briefing {
	id: string;
	meta: BriefingMeta;
	article: Article;
	places: PlaceCollection;
	platforms: Platform[];
	events: BriefingEvent[];
}

/** One thing wrong with a briefing's files: enough to find and fix it. */
export interface BriefingProblem {
	briefingId: string;
	/** Path relative to the geodata folder, e.g. `briefings/x/places.geojson`. */
	file: string;
	/** JSON path inside the file, e.g. `$.features[3].geometry.coordinates[1]`, or `p4` for article text. */
	path: string;
	message: string;
}
