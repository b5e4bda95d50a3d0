/**
 * Named buildings and sites ("Central Mental Hospital", "Cloverhill District Court", "KCOM
 * Stadium"): the gazetteer holds none, but news names them as where things happen. A capitalised
 * run that ends in a building word is read as one mention, placed in the town named right after
 * it ("… Hospital in Dundrum", "… Hall, Ballyjamesduff") or else in the town the article is
 * about, as streets are.
 */
import type { Token } from './tokens';
import { isTitle } from './words';

/** The last word of a building's or a site's name. */
const BUILDING_WORDS = new Set(
	(
		'hospital infirmary clinic school academy university college court courthouse prison jail ' +
		'penitentiary stadium arena theatre theater hotel church cathedral basilica chapel mosque ' +
		'temple synagogue centre center hall mall tower square museum gallery library palace ' +
		'castle racecourse circuit'
	).split(' ')
);

/** Words inside a building's name that are not capitalised: "Museum of Modern Art". */
const INNER_WORDS = new Set(['of', 'the', 'and', 'for', '&']);

/**
 * Text between two tokens of one name: spaces or a hyphen; "'s" stays inside the name
 * ("Caesar's Palace"), and so does the full stop of "St." ("St. Peter's Basilica").
 */
function joinsInName(text: string, a: Token, b: Token): boolean {
	const gap = text.slice(a.end, b.start);
	if (/^[.]/.test(gap) && !/^(?:St|Mt|Ft)$/.test(a.text)) return false;
	return /^(?:['’]s?|\.)?[ \t\u00a0-]{0,2}$/.test(gap);
}

const MAX_BUILDING_TOKENS = 8;

/** Courts that are institutions of a state, not buildings in the article's town. */
const INSTITUTION_COURT =
	/^(?:supreme|high|federal|constitutional|appeals?|appellate|international|european|crown)$/i;

/**
 * The position of the building word that ends the capitalised run starting at `first`, or -1.
 * The run needs a name before the building word ("Convention Centre", not "Centre" alone), and
 * `first` must start the run (a word joined before it belongs to the name).
 */
export function buildingEnd(text: string, tokens: Token[], first: number): number {
	const start = tokens[first];
	if (!start?.capitalised) return -1;
	const before = tokens[first - 1];
	if (before && before.capitalised && joinsInName(text, before, start) && !before.possessive) {
		return -1;
	}
	// "The Centre", "Doctor of the Church", "King Juan Carlos University": an article or a
	// title; such a run is an institution or a person more often than a building.
	if (/^(?:the|a|an)$/i.test(start.text) && start.sentenceStart) return -1;
	if (/^(?:doctor|father)$/i.test(start.text) || isTitle(start.text)) return -1;
	let found = -1;
	let end = -1;
	for (let j = first + 1; j < tokens.length && j - first < MAX_BUILDING_TOKENS; j++) {
		const t = tokens[j]!;
		if (!joinsInName(text, tokens[j - 1]!, t)) break;
		if (!t.capitalised) {
			if (INNER_WORDS.has(t.text.toLowerCase())) continue;
			break;
		}
		if (BUILDING_WORDS.has(t.text.toLowerCase()) && !t.allCaps) {
			if (t.text === 'Court' && INSTITUTION_COURT.test(tokens[j - 1]!.text)) return -1;
			found = j;
		}
		// The name goes on past the building word with "of": "Guildhall School of Music".
		if (found >= 0 && (j === found || /^of\s/i.test(text.slice(tokens[found]!.end + 1)))) end = j;
		if (t.possessive && found === j) break;
	}
	return found < 0 ? -1 : end;
}
