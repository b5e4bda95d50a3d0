/**
 * Place names the gazetteer lacks (villages, suburbs, circuits: "moved back to Khayelitsha",
 * "at Brands Hatch", "Knockhill, Fife"): a capitalised name that no lexicon knows as a word,
 * a person or an organisation, in a place's position — after "in", "at", "near" … or right
 * before ", " and a known place. Resolution places it in that known place or in the article's
 * towns, so the map shows where the story is even when the name itself is not in the index.
 */
import type { Token } from './tokens';
import {
	ORGANISATION_WORDS,
	isTitle,
	lexiconCommonWord,
	lexiconDemonym,
	lexiconOrganisation,
	lexiconPersonName
} from './words';

/** A preposition of place before the name, perhaps with a direction ("in eastern Ghouta"). */
const PLACE_BEFORE =
	/\b(?:in|at|near|outside|to|into|from|around|across|through)\s+(?:(?:the\s+)?(?:eastern|western|northern|southern|central|rural|suburban|downtown|nearby|neighbouring|neighboring)\s+)?$/;

const MAX_UNKNOWN_TOKENS = 3;

/** Months and weekdays: capitalised after "in" and "on", never a place there. */
const CALENDAR =
	/^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * Endings of English nouns and adjectives the lexicon may not list ("Exploration", "Arabic",
 * "Motherland" is kept out by its own ending): a capitalised one is a heading's or a title's word.
 */
const WORD_ENDING =
	/(?:tion|sion|ment|ness|ity|ism|ist|ists|ics?|ogy|ance|ence|ship|hood|ure|ive|able|ible|ous|ful|less|ing|erland|herland)$/;

function plainName(t: Token): boolean {
	if (!t.capitalised || t.allCaps || t.text.length < 4 || /\d/.test(t.text)) return false;
	// "U.K.", and "ThinkProgress": a brand's capitals inside the word.
	if (/\./.test(t.text) || /\p{Ll}\p{Lu}/u.test(t.text)) return false;
	const word = t.text.toLowerCase();
	if (CALENDAR.test(word) || WORD_ENDING.test(word)) return false;
	return (
		!lexiconCommonWord(word) &&
		!lexiconPersonName(word) &&
		!lexiconOrganisation(word) &&
		!lexiconDemonym(word) &&
		!isTitle(word) &&
		!ORGANISATION_WORDS.has(word)
	);
}

/**
 * Words the text writes after another capitalised word mid-sentence ("Arike Ogunbowale"):
 * a person's surname more often than a village, whose name stands alone.
 */
export function secondNames(text: string, tokens: Token[]): Set<string> {
	const names = new Set<string>();
	for (let j = 1; j < tokens.length; j++) {
		const a = tokens[j - 1]!;
		const b = tokens[j]!;
		if (a.capitalised && b.capitalised && !a.allCaps && text.slice(a.end, b.start) === ' ') {
			names.add(b.text.toLowerCase());
		}
	}
	return names;
}

/**
 * The last token of a name in a place's position starting at `first`, or -1. `lowerWords` are
 * the words the text also writes in lower case, `people` the names it gives people: neither
 * is a place. `placeAfter` says whether a known place starts at a token.
 */
export function unknownNameEnd(
	text: string,
	tokens: Token[],
	first: number,
	lowerWords: Set<string>,
	people: Set<string>,
	placeAfter: (token: number) => boolean,
	surnames: Set<string> = secondNames(text, tokens)
): number {
	const start = tokens[first]!;
	if (start.sentenceStart || start.hyphenJoined) return -1;
	const previous = tokens[first - 1];
	if (previous?.capitalised && /^[ \t-]*$/.test(text.slice(previous.end, start.start))) return -1;
	let last = first;
	while (
		last + 1 < tokens.length &&
		last - first + 1 < MAX_UNKNOWN_TOKENS &&
		!tokens[last]!.possessive &&
		tokens[last + 1]!.capitalised &&
		/^ $/.test(text.slice(tokens[last]!.end, tokens[last + 1]!.start))
	) {
		last++;
	}
	const next = tokens[last + 1];
	if (next?.capitalised && /^[ \t-]*$/.test(text.slice(tokens[last]!.end, next.start))) return -1;
	for (let j = first; j <= last; j++) {
		const t = tokens[j]!;
		if (!plainName(t) && !(j > first && /^(?:Park|Hill|Hatch|Bay|Beach)$/.test(t.text))) {
			return -1;
		}
		const key = t.text.toLowerCase();
		if (lowerWords.has(key) || people.has(key) || surnames.has(key)) return -1;
	}
	const before = text.slice(Math.max(0, start.start - 40), start.start);
	const qualified =
		next !== undefined &&
		/^,\s?$/.test(text.slice(tokens[last]!.end, next.start)) &&
		placeAfter(last + 1);
	return PLACE_BEFORE.test(before) || qualified ? last : -1;
}
