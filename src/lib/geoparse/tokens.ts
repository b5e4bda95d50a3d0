/**
 * Splits text into word tokens with their offsets. Possessives ("Moscow's") lose their "'s" but
 * keep a flag; dotted abbreviations ("U.S.", "D.C.") stay whole; hyphenated words are split so
 * "Russia-backed" yields "Russia" (and "Nagorno-Karabakh" is rejoined by the matcher).
 */

export interface Token {
	text: string;
	start: number;
	end: number;
	/** Starts with an upper-case letter (or is a dotted abbreviation). */
	capitalised: boolean;
	/** Whole token in capitals ("US", "NATO"). */
	allCaps: boolean;
	/** Followed by "'s" or "’s" (removed from `text`). */
	possessive: boolean;
	/** First word of a sentence, paragraph or quotation: its capital says nothing. */
	sentenceStart: boolean;
	/** Joined to the previous token by a hyphen, with no space. */
	hyphenJoined: boolean;
}

// "T&T" is one word; "AT&T" stays a company's name, split.
const WORD =
	/(?<!\p{L})\p{Lu}&\p{Lu}(?!\p{L})|(?:\p{Lu}\.){2,}|(?:\p{Lu}\.\s?\p{Lu}\.)|[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:\.(?=,))?|[.!?;:,"“”()[\]—–-]/gu;

const SENTENCE_END = /[.!?:"“”(\n—]/;

export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	let previousSymbol = '\n';
	let previousEnd = 0;
	for (const m of text.matchAll(WORD)) {
		let word = m[0];
		const start = m.index;
		const gap = text.slice(previousEnd, start);
		if (gap.includes('\n')) previousSymbol = '\n';
		if (!/[\p{L}\p{N}]/u.test(word)) {
			previousSymbol = word;
			previousEnd = start + word.length;
			continue;
		}
		let possessive = false;
		const apostrophe = word.match(/['’]s?$/u) ?? word.match(/['’]s(?=\.?$)/u);
		if (apostrophe && apostrophe.index !== undefined && apostrophe.index > 0) {
			word = word.slice(0, apostrophe.index);
			possessive = true;
		}
		const first = word[0];
		const capitalised =
			(first !== undefined && first !== first.toLowerCase()) || /^\p{Lu}\./u.test(word);
		const letters = word.replace(/[^\p{L}]/gu, '');
		tokens.push({
			text: word,
			start,
			end: start + word.length,
			capitalised,
			allCaps: letters.length > 1 && letters === letters.toUpperCase(),
			possessive,
			sentenceStart: SENTENCE_END.test(previousSymbol) || tokens.length === 0,
			hyphenJoined: previousSymbol === '-' && gap === '' && tokens.length > 0
		});
		previousSymbol = '';
		previousEnd = m.index + m[0].length;
	}
	return tokens;
}
