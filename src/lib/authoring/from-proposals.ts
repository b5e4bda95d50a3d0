/**
 * Turns what the geoparser proposes for an article into a draft to review: every proposed place
 * with its ranked candidates, every mention, and an event for every date found, all marked
 * `proposed`. Nothing is accepted on the editor's behalf.
 */
import { parseArticle } from '../briefing/article';
import type { BriefingMeta, MentionSense, PlaceKind, Source } from '../briefing/types';
import { paragraphStarts, sentenceAt } from './article-text';
import { fitPoints } from './camera-fit';
import {
	DRAFT_LIMITS,
	type DraftDocument,
	type DraftEvent,
	type DraftMention,
	type DraftPlace
} from './draft';
import type { GazetteerRef, GeoparseResult } from './geoparse-result';
import { slugFrom, uniqueId } from './slug';

/** What the editor typed on the new-briefing form. */
export interface NewArticle {
	id: string;
	title: string;
	publisher: string;
	url?: string;
	/** The article's date: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: string;
	/** The normalised article (see `normaliseArticle`). */
	article: string;
}

const KINDS: Record<string, PlaceKind> = {
	airfield: 'airfield',
	airport: 'airfield',
	capital: 'capital',
	country: 'country',
	city: 'city',
	town: 'city'
};

/** The briefing kind for a gazetteer kind; others start as `city` and the editor corrects them. */
export function placeKindFor(gazetteerKind: string): PlaceKind {
	return KINDS[gazetteerKind.toLowerCase()] ?? 'city';
}

const SENSES: Record<string, MentionSense> = {
	place: 'place',
	government: 'government',
	people: 'people'
};

export function mentionSenseFor(sense: string): MentionSense {
	return SENSES[sense] ?? 'place';
}

const GAZETTEER_PUBLISHERS: Record<string, string> = {
	geonames: 'GeoNames',
	'natural-earth': 'Natural Earth',
	ourairports: 'OurAirports',
	curated: 'briefmap curated gazetteer'
};

/** Cites the gazetteer entry a place's coordinates were read from. */
export function gazetteerSource(ref: GazetteerRef): Source {
	const publisher = GAZETTEER_PUBLISHERS[ref.source.toLowerCase()] ?? ref.source;
	return { publisher, title: `${publisher} entry ${ref.id}` };
}

/** Event titles are proposed from their sentence, cut to a headline's length. */
function headline(sentence: string): string {
	const words = sentence.trim();
	return words.length <= 140 ? words : `${words.slice(0, 139).trimEnd()}…`;
}

export function draftFromProposals(input: NewArticle, result: GeoparseResult): DraftDocument {
	const article = parseArticle(input.article);
	const starts = paragraphStarts(article);
	const articleSource: Source = {
		publisher: input.publisher,
		...(input.url ? { url: input.url } : {}),
		...(input.date ? { date: input.date } : {})
	};

	const placeIds = new Set<string>();
	const places: DraftPlace[] = [];
	const mentions: DraftMention[] = [];
	for (const proposal of result.places.slice(0, DRAFT_LIMITS.places)) {
		const id = uniqueId(slugFrom(proposal.name, 'place'), (candidate) => placeIds.has(candidate));
		placeIds.add(id);
		const candidates = proposal.candidates.length > 0 ? proposal.candidates : [proposal];
		const chosen = candidates.findIndex(
			(c) =>
				c.gazetteer.source === proposal.gazetteer.source && c.gazetteer.id === proposal.gazetteer.id
		);
		const aliases = [...new Set(proposal.mentions.map((m) => m.text))].filter(
			(text) => text !== proposal.name && text.trim().length > 0
		);
		places.push({
			status: 'proposed',
			candidates,
			chosen: chosen >= 0 ? chosen : 0,
			feature: {
				type: 'Feature',
				id,
				geometry: { type: 'Point', coordinates: [proposal.lon, proposal.lat] },
				properties: {
					name: proposal.name,
					aliases,
					kind: placeKindFor(proposal.kind),
					role: '',
					prominence: 'secondary',
					sources: [gazetteerSource(proposal.gazetteer)],
					mentions: []
				}
			}
		});
		for (const mention of proposal.mentions) {
			mentions.push({
				id: '',
				start: mention.start,
				end: mention.end,
				text: mention.text,
				placeId: id,
				sense: mentionSenseFor(mention.sense),
				status: 'proposed'
			});
		}
	}
	mentions.sort((a, b) => a.start - b.start || a.end - b.end);
	mentions.forEach((mention, i) => (mention.id = `m${i + 1}`));

	const eventIds = new Set<string>();
	const events: DraftEvent[] = [];
	for (const found of result.dates) {
		const at = sentenceAt(article, starts, found.start);
		if (!at) continue;
		const id = uniqueId(slugFrom(`event ${found.date}`, 'event'), (c) => eventIds.has(c));
		eventIds.add(id);
		const sentenceStart = at.paragraphStart + at.sentence.start;
		const sentenceEnd = at.paragraphStart + at.sentence.end;
		const inSentence = mentions.filter((m) => m.start >= sentenceStart && m.end <= sentenceEnd);
		events.push({
			status: 'proposed',
			found: {
				text: found.text,
				start: found.start,
				end: found.end,
				sentence: at.sentence.text,
				precision: found.precision
			},
			event: {
				id,
				date: found.date,
				title: headline(at.sentence.text),
				placeIds: [...new Set(inSentence.map((m) => m.placeId))],
				refs: [at.sentence.id],
				sources: [{ ...articleSource }]
			}
		});
	}

	const firstSentence = article.paragraphs[0]?.sentences[0]?.text ?? '';
	const meta: BriefingMeta = {
		id: input.id,
		title: input.title,
		subject: headline(firstSentence),
		articleSource,
		articleDate: input.date,
		defaultView: fitPoints(
			places.map((p) => p.feature.geometry.coordinates as unknown as [number, number])
		),
		scenes: []
	};
	return {
		format: 1,
		id: input.id,
		meta,
		article: input.article,
		places,
		mentions,
		events,
		platforms: []
	};
}
