/**
 * Between a draft and the files of a briefing folder. A draft is written as the five files a
 * published briefing has — holding only what the editor accepted — so the same validation
 * (`npm run geodata:check`) judges both, and publishing is a copy of files. A published
 * briefing opened for editing becomes a draft with everything accepted.
 */
import { parseArticle } from '../briefing/article';
import type {
	Briefing,
	BriefingEvent,
	Mention,
	PlaceCollection,
	PlaceFeature
} from '../briefing/types';
import { normaliseArticle, paragraphStarts, sentenceAt } from './article-text';
import type { DraftDocument, DraftEvent, DraftMention, DraftPlace } from './draft';

/** The texts of a briefing folder's files, keyed like `BRIEFING_FILES`. */
export interface BriefingFileTexts {
	meta: string;
	article: string;
	places: string;
	platforms: string;
	events: string;
}

/** Tab-indented like the hand-written seed files, so a diff between versions stays readable. */
function json(value: unknown): string {
	return `${JSON.stringify(value, null, '\t')}\n`;
}

/** The accepted places, in the draft's order: the features of `places.geojson`. */
export function acceptedPlaces(draft: DraftDocument): DraftPlace[] {
	return draft.places.filter((place) => place.status === 'accepted');
}

/** Accepted mentions of accepted places, as a briefing's mentions (sentence refs). */
function briefingMentions(
	draft: DraftDocument,
	accepted: ReadonlySet<string>
): Map<string, Mention[]> {
	const article = parseArticle(draft.article);
	const starts = paragraphStarts(article);
	const byPlace = new Map<string, Mention[]>();
	for (const mention of draft.mentions) {
		if (mention.status !== 'accepted' || !accepted.has(mention.placeId)) continue;
		const at = sentenceAt(article, starts, mention.start);
		// A mention that runs past its sentence cannot be addressed as `pN.sM`: it is left out.
		if (!at || mention.end > at.paragraphStart + at.sentence.end) continue;
		const list = byPlace.get(mention.placeId) ?? [];
		list.push({ ref: at.sentence.id, text: mention.text, sense: mention.sense });
		byPlace.set(mention.placeId, list);
	}
	return byPlace;
}

/**
 * An event as `events.json` holds it: with who claims it, and only references to places that
 * are published.
 */
function eventForFile(draft: DraftEvent, accepted: ReadonlySet<string>): BriefingEvent {
	const { event, attribution } = draft;
	return {
		...event,
		placeIds: event.placeIds.filter((id) => accepted.has(id)),
		...(attribution ? { attribution } : {})
	};
}

/** The five files of the briefing this draft would publish. */
export function draftToFiles(draft: DraftDocument): BriefingFileTexts {
	const placesInDraft = acceptedPlaces(draft);
	const accepted = new Set(placesInDraft.map((place) => place.feature.id));
	const mentions = briefingMentions(draft, accepted);
	const features: PlaceFeature[] = placesInDraft.map(({ feature }) => ({
		...feature,
		properties: { ...feature.properties, mentions: mentions.get(feature.id) ?? [] }
	}));
	const places: PlaceCollection = { type: 'FeatureCollection', features };
	const events = draft.events
		.filter((event) => event.status === 'accepted')
		.map((event) => eventForFile(event, accepted));
	return {
		meta: json({ ...draft.meta, id: draft.id }),
		article: `${draft.article}\n`,
		places: json(places),
		platforms: json(draft.platforms),
		events: json(events)
	};
}

/**
 * A published briefing as a draft: every place, mention and event accepted. Mentions are found
 * back in their sentence by their words; one whose words are not there is dropped (validation
 * would have refused it anyway).
 */
export function draftFromBriefing(briefing: Briefing): DraftDocument {
	const text = normaliseArticle(
		briefing.article.paragraphs.map((paragraph) => paragraph.text).join('\n\n')
	);
	const article = parseArticle(text);
	const starts = paragraphStarts(article);
	const mentions: DraftMention[] = [];
	const features: PlaceFeature[] = briefing.places.features;
	const places: DraftPlace[] = features.map((feature) => {
		for (const mention of feature.properties.mentions) {
			const [p, s] = mention.ref.slice(1).split('.s').map(Number);
			const paragraph = article.paragraphs[(p ?? 0) - 1];
			if (!paragraph) continue;
			const sentence = s === undefined ? undefined : paragraph.sentences[s - 1];
			const scopeStart = sentence?.start ?? 0;
			const scope = sentence?.text ?? paragraph.text;
			const at = scope.indexOf(mention.text);
			if (at < 0) continue;
			const start = (starts[(p ?? 1) - 1] ?? 0) + scopeStart + at;
			mentions.push({
				id: '',
				start,
				end: start + mention.text.length,
				text: mention.text,
				placeId: feature.id,
				sense: mention.sense,
				status: 'accepted'
			});
		}
		return {
			status: 'accepted',
			candidates: [],
			chosen: null,
			feature: { ...feature, properties: { ...feature.properties, mentions: [] } }
		};
	});
	mentions.sort((a, b) => a.start - b.start);
	mentions.forEach((mention, i) => (mention.id = `m${i + 1}`));
	const events: DraftEvent[] = briefing.events.map(({ attribution, ...event }) => ({
		status: 'accepted',
		event,
		...(attribution ? { attribution } : {})
	}));
	return {
		format: 1,
		id: briefing.id,
		meta: briefing.meta,
		article: text,
		places,
		mentions,
		events,
		platforms: briefing.platforms
	};
}
