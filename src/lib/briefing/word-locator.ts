/**
 * Finds names in the article's text as whole words: "Iran" is not found inside "Iranian". The
 * one locator behind the mention finder, the highlighted mentions of the article panel, the
 * popup's excerpts and the validator's check that a curated mention's words are in its passage,
 * so all four agree on where — and whether — a name stands in the text.
 */

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A whole-word pattern for a name: no letter, digit or underscore may touch either end. A
 * lower-case first letter also matches upper case, so the alias "the White House" finds
 * "The White House" at the start of a sentence.
 */
export function wordPattern(term: string): RegExp {
	const first = term.charAt(0);
	const head =
		first.toLowerCase() === first && first.toUpperCase() !== first
			? `[${escapeRegExp(first)}${escapeRegExp(first.toUpperCase())}]`
			: escapeRegExp(first);
	return new RegExp(
		`(?<![\\p{L}\\p{N}_])${head}${escapeRegExp(term.slice(1))}(?![\\p{L}\\p{N}_])`,
		'gu'
	);
}

/**
 * The offset of the `n`th (from 0) whole-word occurrence of `words` in `text`, written exactly
 * so, or undefined when there are not that many. Curated mentions quote the text as written, so
 * only the same spelling counts.
 */
export function findWords(text: string, words: string, n = 0): number | undefined {
	if (words.length === 0) return undefined;
	const exact = [...text.matchAll(wordPattern(words))]
		.map((match) => match.index ?? 0)
		.filter((index) => text.startsWith(words, index));
	return exact[n];
}
