/**
 * A draft briefing as the editor holds it: the briefing's own data plus the review of what the
 * geoparser proposed (every place and mention with its decision, the ranked candidates behind
 * each place, the dates found). Published, the accepted parts become the five files of a
 * briefing folder (see `draft-files.ts`).
 */
import type {
	Attribution,
	BriefingEvent,
	BriefingMeta,
	MentionSense,
	PlaceFeature,
	Platform
} from '../briefing/types';
import type { GeoparseCandidate } from './geoparse-result';

/** What the editor decided about a proposal. Only accepted items reach the published files. */
export type ReviewStatus = 'proposed' | 'accepted' | 'rejected';

export interface DraftPlace {
	/** The place as it will be published (a Point, with kind, role, sources). */
	feature: PlaceFeature;
	status: ReviewStatus;
	/** The gazetteer's ranked candidates for this name, best first. */
	candidates: GeoparseCandidate[];
	/** Index of the candidate in use, or `null` once the place was put on the map by hand. */
	chosen: number | null;
}

export interface DraftMention {
	id: string;
	/** Offsets into the article text (`DraftDocument.article`). */
	start: number;
	end: number;
	text: string;
	/** The place it names; the editor can move it to another. */
	placeId: string;
	sense: MentionSense;
	status: ReviewStatus;
}

/** Who claims what an event reports, when the article attributes it. */
export type DraftAttribution = Attribution;

export interface DraftEvent {
	event: BriefingEvent;
	status: ReviewStatus;
	attribution?: DraftAttribution;
	/** Where the date was found: the words and the sentence they stand in. */
	found?: { text: string; start: number; end: number; sentence: string; precision: string };
}

export interface DraftDocument {
	/** Format version of this document, for later migrations. */
	format: 1;
	id: string;
	meta: BriefingMeta;
	/** The article: paragraphs separated by blank lines, as `article.md`. */
	article: string;
	places: DraftPlace[];
	mentions: DraftMention[];
	events: DraftEvent[];
	platforms: Platform[];
}

/** Limits on what a draft may hold: the article's size in UTF-8 bytes and its places. */
export const DRAFT_LIMITS = {
	articleBytes: 200 * 1024,
	places: 500
} as const;
