/**
 * Links the words of an article to places: suggests mentions for a new article from place
 * names and aliases, and locates curated mentions in the text so they can be highlighted.
 */
import { resolveRef } from './article';
import { findWords, wordPattern } from './word-locator';
import type { Article, Mention, MentionSense, PlaceKind, PlaceProperties } from './types';

/** The parts of a place the finder needs: a new briefing can start with just these. */
export interface MentionablePlace {
	id: string;
	properties: Pick<PlaceProperties, 'name' | 'aliases' | 'kind'>;
}

/** A place named in the text, found by the finder. */
export interface MentionSuggestion {
	placeId: string;
	/** The sentence, e.g. `p5.s1`. */
	ref: string;
	paragraphId: string;
	/** The words as they stand in the text (may differ from the alias in its first letter). */
	text: string;
	/** The name or alias that matched. */
	term: string;
	/** Offsets into the paragraph's text. */
	start: number;
	end: number;
	/** A guess from the neighbouring words: curated mentions override it. */
	sense: MentionSense;
}

/**
 * Words before a name that make it a location rather than an actor:
 * "in Iran", "visit Iran", "central Iran" versus "Tehran has dismissed", "relations with Tehran".
 */
const LOCATIVE_WORDS = wordSet(`
	in at of on for near into inside outside across over around throughout
	visit visits visited visiting central northern southern eastern western north south east west
`);

/** Kinds whose names also stand for a government ("Moscow's insistence", "Washington accused"). */
const GOVERNMENT_KINDS: ReadonlySet<PlaceKind> = new Set(['capital', 'country']);

/**
 * Guesses whether a name stands for the place or for its government from the word before it.
 * Airfields and cities are always places; capitals and countries are governments unless a
 * locative word precedes them. Good enough to pre-fill a new briefing, not to publish unchecked.
 */
export function guessSense(kind: PlaceKind, textBefore: string): MentionSense {
	if (!GOVERNMENT_KINDS.has(kind)) return 'place';
	const previous = /([\p{L}]+)[^\p{L}]*$/u.exec(textBefore)?.[1]?.toLowerCase();
	return previous !== undefined && LOCATIVE_WORDS.has(previous) ? 'place' : 'government';
}

interface Candidate {
	place: MentionablePlace;
	term: string;
	start: number;
	end: number;
}

/**
 * Finds every place's name and aliases in the article as whole words, sentence by sentence.
 * Where names overlap, the longest wins ("Kashan Airfield" over "Kashan"); where two places
 * share a name, the first in `places` wins. Suggestions come in reading order.
 */
export function findMentions(
	article: Article,
	places: readonly MentionablePlace[]
): MentionSuggestion[] {
	const patterns = places.flatMap((place) =>
		uniqueTerms(place).map((term) => ({ place, term, pattern: wordPattern(term) }))
	);
	const suggestions: MentionSuggestion[] = [];
	for (const paragraph of article.paragraphs) {
		for (const sentence of paragraph.sentences) {
			const candidates: Candidate[] = [];
			for (const { place, term, pattern } of patterns) {
				for (const match of sentence.text.matchAll(pattern)) {
					const start = sentence.start + (match.index ?? 0);
					candidates.push({ place, term, start, end: start + match[0].length });
				}
			}
			candidates.sort((a, b) => a.start - b.start || b.end - a.end);
			let taken = -1;
			for (const candidate of candidates) {
				if (candidate.start < taken) continue;
				taken = candidate.end;
				suggestions.push({
					placeId: candidate.place.id,
					ref: sentence.id,
					paragraphId: paragraph.id,
					text: paragraph.text.slice(candidate.start, candidate.end),
					term: candidate.term,
					start: candidate.start,
					end: candidate.end,
					sense: guessSense(
						candidate.place.properties.kind,
						paragraph.text.slice(sentence.start, candidate.start)
					)
				});
			}
		}
	}
	return suggestions;
}

function uniqueTerms(place: MentionablePlace): string[] {
	const terms = [place.properties.name, ...place.properties.aliases];
	return [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0))];
}

/** A curated mention with the offsets of its words in the paragraph. */
export interface LocatedMention extends Mention {
	placeId: string;
	paragraphId: string;
	start: number;
	end: number;
}

/**
 * Finds where each curated mention's words stand in its paragraph, so the article panel can
 * highlight them. Words count only as whole words (`findWords`); when a place has the same words
 * twice in one passage, successive mentions take successive occurrences. Mentions whose
 * reference or words are not in the article are left out (validation reports them).
 */
export function locateMentions(
	article: Article,
	places: readonly { id: string; properties: Pick<PlaceProperties, 'mentions'> }[]
): LocatedMention[] {
	const located: LocatedMention[] = [];
	for (const place of places) {
		const used = new Map<string, number>();
		for (const mention of place.properties.mentions) {
			const target = resolveRef(article, mention.ref);
			if (!target) continue;
			const key = `${mention.ref}\u0000${mention.text}`;
			const occurrence = used.get(key) ?? 0;
			const offset = findWords(target.text, mention.text, occurrence);
			if (offset === undefined) continue;
			used.set(key, occurrence + 1);
			const start = target.start + offset;
			located.push({
				...mention,
				placeId: place.id,
				paragraphId: target.paragraph.id,
				start,
				end: start + mention.text.length
			});
		}
	}
	return located.sort((a, b) =>
		a.paragraphId === b.paragraphId
			? a.start - b.start
			: paragraphNumber(a.paragraphId) - paragraphNumber(b.paragraphId)
	);
}

function paragraphNumber(id: string): number {
	return Number(id.slice(1));
}

/** The words of a whitespace-separated list, so long word lists stay readable. */
function wordSet(list: string): ReadonlySet<string> {
	return new Set(list.trim().split(/\s+/));
}
