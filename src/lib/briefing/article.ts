/**
 * Turns `article.md` into addressable paragraphs (`p1`, `p2`, …) and sentences (`p3.s2`), so
 * mentions, events and scenes can point at the exact words of the article.
 *
 * The text is kept as written: it is shown verbatim and never interpreted as Markdown or HTML.
 */
import type { Article, Paragraph, Sentence } from './types';

/** Words that end in a full stop without ending a sentence: "Gen. Smith", "Jan. 5". */
const TITLES = wordSet(`
	mr mrs ms dr prof gen lt col maj capt sgt adm cmdr rep sen gov pres rev hon
	st mt jr sr no vs approx jan feb apr aug sep sept oct nov dec
`);

/**
 * After an initialism ("U.S.", "D.C.") or an initial ("J."), these words show that a new
 * sentence has begun, as in "in Washington, D.C. The talks…", whereas "U.S. President"
 * carries on the same sentence.
 */
const SENTENCE_STARTERS = wordSet(`
	a an and after at before but he her his i in it its on she that the their there
	these they this those we when while yet
`);

/** Sentence-final punctuation, any closing quotes or brackets, then the space before the next one. */
const BOUNDARY = /[.!?]+["'”’»)\]]*(?=\s)/gu;

/**
 * Splits `text` into sentences with offsets into it. The rules favour news prose:
 * a full stop ends a sentence unless the next word starts in lower case, or the word before
 * it is a title ("Gen.") or an initialism ("U.S.") that is not followed by a word that
 * usually starts a sentence.
 */
export function splitSentences(text: string): Array<Omit<Sentence, 'id'>> {
	const sentences: Array<Omit<Sentence, 'id'>> = [];
	let start = skipSpace(text, 0);
	for (const match of text.matchAll(BOUNDARY)) {
		const end = match.index + match[0].length;
		const next = skipSpace(text, end);
		if (next >= text.length || end <= start) continue;
		if (!endsSentence(text, match.index, match[0], next)) continue;
		sentences.push({ text: text.slice(start, end), start, end });
		start = next;
	}
	const end = trimEnd(text);
	if (end > start) sentences.push({ text: text.slice(start, end), start, end });
	return sentences;
}

function endsSentence(text: string, at: number, punctuation: string, next: number): boolean {
	if (/^\p{Ll}/u.test(text.slice(next, next + 1))) return false;
	if (punctuation !== '.') return true;
	const word = /[\p{L}\p{N}.]+$/u.exec(text.slice(0, at))?.[0] ?? '';
	if (TITLES.has(word.toLowerCase())) return false;
	const initialism = /^\p{L}(?:\.\p{L})+$/u.test(word) || /^\p{Lu}$/u.test(word);
	if (!initialism) return true;
	const nextWord = /^[\p{L}]+/u.exec(text.slice(next))?.[0] ?? '';
	return SENTENCE_STARTERS.has(nextWord.toLowerCase());
}

function skipSpace(text: string, from: number): number {
	let i = from;
	while (i < text.length && /\s/u.test(text[i] ?? '')) i++;
	return i;
}

function trimEnd(text: string): number {
	let i = text.length;
	while (i > 0 && /\s/u.test(text[i - 1] ?? '')) i--;
	return i;
}

/**
 * Parses the article file. Paragraphs are separated by blank lines; line breaks inside a
 * paragraph become spaces, so hard-wrapped text reads as one paragraph. Paragraph `n` (from 1)
 * gets the id `pn`, its sentences `pn.s1`, `pn.s2`, …
 */
export function parseArticle(source: string): Article {
	const blocks = source
		.replace(/^\uFEFF/, '')
		.replace(/\r\n?/g, '\n')
		.split(/\n[ \t]*\n/)
		.map((block) => block.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
		.filter((block) => block.length > 0);
	const paragraphs: Paragraph[] = blocks.map((text, index) => {
		const id = `p${index + 1}`;
		const sentences = splitSentences(text).map((sentence, i) => ({
			id: `${id}.s${i + 1}`,
			...sentence
		}));
		return { id, text, sentences };
	});
	return { paragraphs };
}

/** What a reference such as `p3` or `p3.s2` points at, or `undefined` if it names nothing. */
export interface ResolvedRef {
	paragraph: Paragraph;
	sentence?: Sentence;
	/** The referenced words: the whole paragraph or the one sentence. */
	text: string;
	/** Offset of `text` in the paragraph. */
	start: number;
}

/**
 * Finds the paragraph or sentence a reference names. Used by validation (does the reference
 * exist, do the quoted words occur there?) and by the article panel (what to highlight).
 */
export function resolveRef(article: Article, ref: string): ResolvedRef | undefined {
	const match = /^p([1-9]\d*)(?:\.s([1-9]\d*))?$/.exec(ref);
	if (!match) return undefined;
	const paragraph = article.paragraphs[Number(match[1]) - 1];
	if (!paragraph) return undefined;
	if (match[2] === undefined) return { paragraph, text: paragraph.text, start: 0 };
	const sentence = paragraph.sentences[Number(match[2]) - 1];
	if (!sentence) return undefined;
	return { paragraph, sentence, text: sentence.text, start: sentence.start };
}

/** The words of a whitespace-separated list, so long word lists stay readable. */
function wordSet(list: string): ReadonlySet<string> {
	return new Set(list.trim().split(/\s+/));
}
