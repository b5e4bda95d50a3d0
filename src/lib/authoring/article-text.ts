/**
 * The article as one string and its addressable parts. A draft keeps its article in the form
 * `article.md` is written in — paragraphs separated by one blank line — so an offset the
 * geoparser reports in that string can be turned into the `p3.s2` reference briefings use.
 */
import { parseArticle } from '../briefing/article';
import type { Article, Paragraph, Sentence } from '../briefing/types';

/** Paragraph separator of the normalised text. */
const SEPARATOR = '\n\n';

/**
 * Rewrites pasted text into the article form: one paragraph per block, line breaks inside a
 * paragraph joined, blank lines between paragraphs. Parsing the result gives the same paragraphs.
 */
export function normaliseArticle(source: string): string {
	return parseArticle(source)
		.paragraphs.map((paragraph) => paragraph.text)
		.join(SEPARATOR);
}

export interface PlacedSentence {
	paragraph: Paragraph;
	sentence: Sentence;
	/** Offset of the paragraph in the whole text. */
	paragraphStart: number;
}

/** The article's paragraphs with where each starts in the normalised text. */
export function paragraphStarts(article: Article): number[] {
	const starts: number[] = [];
	let offset = 0;
	for (const paragraph of article.paragraphs) {
		starts.push(offset);
		offset += paragraph.text.length + SEPARATOR.length;
	}
	return starts;
}

/**
 * The sentence holding `offset` of the normalised text, or `undefined` when the offset falls
 * between paragraphs or sentences.
 */
export function sentenceAt(
	article: Article,
	starts: readonly number[],
	offset: number
): PlacedSentence | undefined {
	for (let i = article.paragraphs.length - 1; i >= 0; i--) {
		const paragraphStart = starts[i] ?? 0;
		if (offset < paragraphStart) continue;
		const paragraph = article.paragraphs[i] as Paragraph;
		const local = offset - paragraphStart;
		if (local > paragraph.text.length) return undefined;
		const sentence = paragraph.sentences.find((s) => local >= s.start && local < s.end);
		return sentence ? { paragraph, sentence, paragraphStart } : undefined;
	}
	return undefined;
}
