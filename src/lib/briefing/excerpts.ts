/**
 * A place's excerpts: the sentences of the article that speak of it, with the naming words
 * located so the UI can mark them (as text, never as HTML). The words are located by
 * `locateMentions`, as in the article panel, so the popup marks the same words the article
 * does: whole words only ("Iran", never the start of "Iranian").
 */
import { resolveRef } from './article';
import { locateMentions } from './mentions';
import type { Article, MentionSense, PlaceFeature } from './types';

export interface Excerpt {
	ref: string;
	paragraphId: string;
	/** The sentence (or paragraph) split around the mention's words. */
	before: string;
	match: string;
	after: string;
	sense: MentionSense;
}

/**
 * The excerpts of one place, in article order, one per mention whose words are in its passage
 * (validation reports the others, so a served briefing has none).
 */
export function placeExcerpts(article: Article, place: PlaceFeature): Excerpt[] {
	return locateMentions(article, [place]).flatMap((mention) => {
		const passage = resolveRef(article, mention.ref);
		if (!passage) return [];
		const [from, to] = [mention.start - passage.start, mention.end - passage.start];
		return [
			{
				ref: mention.ref,
				paragraphId: mention.paragraphId,
				sense: mention.sense,
				before: passage.text.slice(0, from),
				match: passage.text.slice(from, to),
				after: passage.text.slice(to)
			}
		];
	});
}
