/**
 * A place's excerpts: the sentences of the article that speak of it, with the naming words
 * located so the UI can mark them (as text, never as HTML).
 */
import { resolveRef } from './article';
import type { Article, MentionSense, PlaceFeature } from './types';

export interface Excerpt {
	ref: string;
	paragraphId: string;
	/** The sentence (or paragraph) split around the first occurrence of the mention. */
	before: string;
	match: string;
	after: string;
	sense: MentionSense;
}

/** The excerpts of one place, in article order, one per mention. */
export function placeExcerpts(article: Article, place: PlaceFeature): Excerpt[] {
	const excerpts: Excerpt[] = [];
	for (const mention of place.properties.mentions) {
		const resolved = resolveRef(article, mention.ref);
		if (!resolved) continue; // validation rejects such briefings; stay safe for hand-made data
		const text = resolved.text;
		const at = text.indexOf(mention.text);
		const excerpt =
			at < 0
				? { before: text, match: '', after: '' }
				: {
						before: text.slice(0, at),
						match: mention.text,
						after: text.slice(at + mention.text.length)
					};
		excerpts.push({
			ref: mention.ref,
			paragraphId: resolved.paragraph.id,
			sense: mention.sense,
			...excerpt
		});
	}
	return excerpts;
}
