/**
 * Lookups into an article by reference (`p5`, `p5.s1`), shared by excerpts and the article panel.
 */
import type { Article, Paragraph, Sentence } from './types';

export interface ResolvedRef {
	paragraph: Paragraph;
	/** Present when the reference names a sentence. */
	sentence?: Sentence;
}

/** Resolves `p5` or `p5.s1` to its paragraph (and sentence); undefined when it does not exist. */
export function resolveRef(article: Article, ref: string): ResolvedRef | undefined {
	const [paragraphId, sentencePart] = ref.split('.');
	const paragraph = article.paragraphs.find((p) => p.id === paragraphId);
	if (!paragraph) return undefined;
	if (sentencePart === undefined) return { paragraph };
	const sentence = paragraph.sentences.find((s) => s.id === ref);
	return sentence ? { paragraph, sentence } : undefined;
}
