/**
 * Recognition: finds the place names in a text. Capitalised word runs are matched against the
 * gazetteer's names and aliases, longest first; "X Airfield / Air Base / Airport" is read as the
 * facility; demonyms ("Iranian", "Ukrainians") as their country; "Calif." after "Fresno," as
 * California. Names inside organisation names and people's names are flagged or dropped.
 */
import { buildingEnd } from './buildings';
import { FACILITY_WORDS, kindOf, type Gazetteer } from './gazetteer';
import { nameKey } from './names';
import { tokenize, type Token } from './tokens';
import { secondNames, unknownNameEnd } from './unknown-names';
import {
	NAME_CONNECTORS,
	ORGANISATION_WORDS,
	introducesPerson,
	lexiconCommonWord,
	lexiconFirstName,
	lexiconOrganisation,
	lexiconPlace
} from './words';

export type MentionVia =
	'name' | 'demonym' | 'facility' | 'postal' | 'street' | 'building' | 'unknown' | 'road';

/**
 * Mentions with no gazetteer entry of their own (a building, a road, a name the gazetteer
 * lacks): resolution places them in the article's towns.
 */
export function placedInTown(m: { via: MentionVia }): boolean {
	return m.via === 'building' || m.via === 'unknown' || m.via === 'road';
}

export interface RawMention {
	start: number;
	end: number;
	text: string;
	/** Positions of the first and last token. */
	first: number;
	last: number;
	candidates: number[];
	via: MentionVia;
	possessive: boolean;
	/** Part of an organisation's name ("New York Times"). */
	inOrganisation: boolean;
}

const MAX_NAME_TOKENS = 6;

/** Text between two tokens that keeps them in one name: spaces or a hyphen, no line break. */
function joins(text: string, a: Token, b: Token): boolean {
	return /^[ \t\u00a0-]{0,2}$/.test(text.slice(a.end, b.start)) && !a.possessive;
}

/** Months, weekdays and holidays: capitalised, and towns somewhere, but nearly always dates. */
const CALENDAR_WORDS = new Set(
	(
		'january february march april may june july august september october november december ' +
		'monday tuesday wednesday thursday friday saturday sunday christmas easter'
	).split(' ')
);

/**
 * Names made only of compass and landform words ("West", "Central", "North West"): regions of
 * some country in the gazetteer, but in news nearly always a direction or part of a longer name.
 */
const GENERIC_NAME =
	/^(?:(?:north|south|east|west|central|centre|center|northern|southern|eastern|western|upper|lower|middle|northeast|northwest|southeast|southwest|coast|coastal|capital|island|islands|lakes?|valley|river|plains?|highlands?|gulf)\s?)+(?:region|province|district)?$/;

const ADMINISTRATIVE = new Set(['admin1', 'city', 'airport']);

/** Words after a name that make it a US county's ("Laurel County"): the name is a place. */
const COUNTY_WORD = /^(?:County|Parish|Borough)$/;

/** Words that make a place name a street's: "Eglinton Avenue", "Victoria St.". */
const STREET_WORD =
	/^(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Place|Parade|Terrace|Crescent)$/;

/** How many tokens after `last` name a street ("Avenue", "Avenue West"), or 0. */
function streetSuffix(text: string, tokens: Token[], last: number): number {
	const word = tokens[last + 1];
	if (!word || !STREET_WORD.test(word.text) || !joins(text, tokens[last]!, word)) return 0;
	const after = tokens[last + 2];
	const joined = after && joins(text, word, after);
	// "St." before a capitalised name is "Saint": "Kent St. Louis" is not a street.
	if (/^St/.test(word.text) && joined && after.capitalised) return 0;
	return joined && /^(?:North|South|East|West)$/.test(after.text) ? 2 : 1;
}

/** Population from which a town's name is read as the town even when it is also a word. */
const WELL_KNOWN_TOWN = 200_000;

/**
 * Words before a name that say a place follows ("the city of Douma", "moved to Delft", "in
 * Reading"): a town whose name is also a dictionary word (the word list holds "delft" and
 * "saskatoon") is read as the town there. The word's lower-case use elsewhere in the text
 * still rules it out.
 */
const LOCATIVE_BEFORE =
	/\b(?:in|at|near|outside|from|to|into|of|around|across|through|toward|towards)\s+(?:the\s+)?$/i;

/**
 * Words after a name that make it a town's ("a Saskatoon police officer", "Reading residents"):
 * what a town has, as the locative words before a name say a place follows.
 */
const LOCAL_AFTER =
	/^\s+(?:police|residents|mayor|city council|city hall|councillors?|neighbourhoods?|neighborhoods?|suburbs?|downtown|airport|hospital|courthouse|fire department|fire service|schools?)\b/i;

/** A single capitalised word that is only a town's name, and reads as something else here. */
function weakSingleWord(
	text: string,
	g: Gazetteer,
	tokens: Token[],
	i: number,
	candidates: number[],
	context: RecognitionContext
): boolean {
	const t = tokens[i]!;
	const key = nameKey(t.text);
	const strong = candidates.some((c) => {
		const kind = kindOf(g, c);
		return kind !== 'city' && kind !== 'airport';
	});
	const next = tokens[i + 1];
	if (next && COUNTY_WORD.test(next.text) && joins(text, t, next)) return false;
	// "B.C." names the province unless a number makes it a year ("500 B.C.").
	const dottedRegion =
		/^(?:\p{Lu}\.){2,}$/u.test(t.text) &&
		!/\d\s*$/.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
		candidates.some((c) => kindOf(g, c) === 'admin1');
	if (t.allCaps && t.text.replace(/\./g, '').length <= 4 && !dottedRegion) {
		// Acronyms ("AP", "BA", "CNN") name a place only as a country's or a union's ("US", "EU").
		return candidates.every((c) => ADMINISTRATIVE.has(kindOf(g, c)));
	}
	if (CALENDAR_WORDS.has(key)) return true;
	if (context.people.has(key) && !candidates.some((c) => kindOf(g, c) === 'country')) return true;
	const previous = tokens[i - 1];
	if (previous && previous.capitalised && joins(text, previous, t)) {
		// "Jake Sullivan", "President Jordan": a person's name.
		if (introducesPerson(previous.text) && !lexiconPlace(t.text)) return true;
	}
	if (strong) return false;
	if (next && next.capitalised && joins(text, t, next) && lexiconFirstName(t.text)) return true;
	// One sense per article: a name read as the place elsewhere in the text ("in Parkland")
	// is the place where the word alone is weaker evidence ("the Parkland students").
	if (context.placeNames.has(key)) return false;
	if (lexiconCommonWord(t.text) || lexiconOrganisation(t.text)) return true;
	if (context.lowerWords.has(key)) return true;
	if (t.text.length <= 2) return true;
	if (
		g.englishWords.has(key) &&
		!LOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) &&
		!LOCAL_AFTER.test(text.slice(t.end, t.end + 30))
	) {
		const p = g.data.places;
		const known = candidates.some(
			(c) => p.population[c]! >= WELL_KNOWN_TOWN || p.featureCode[c]! === 'PPLC'
		);
		if (!known) return true;
	}
	return false;
}

interface RecognitionContext {
	/** Words the text also writes in lower case: ordinary words here. */
	lowerWords: Set<string>;
	/** Surnames of the people the text names ("Sullivan" after "Jake Sullivan"). */
	people: Set<string>;
	/** Words the text writes after another capitalised word ("Ogunbowale" in "Arike Ogunbowale"). */
	secondNames: Set<string>;
	/** Names the text has already been read to use as places (empty on the first reading). */
	placeNames: Set<string>;
}

/** Names that follow a first name or a title anywhere in the text are people's names. */
function peopleNamed(text: string, tokens: Token[]): Set<string> {
	const people = new Set<string>();
	for (let i = 0; i + 1 < tokens.length; i++) {
		const t = tokens[i]!;
		if (!t.capitalised || !introducesPerson(t.text)) continue;
		let j = i + 1;
		while (j < tokens.length && tokens[j]!.capitalised && joins(text, tokens[j - 1]!, tokens[j]!)) {
			if (j > i + 1 || !introducesPerson(tokens[j]!.text)) people.add(nameKey(tokens[j]!.text));
			if (tokens[j]!.possessive) break;
			j++;
		}
	}
	return people;
}

/** Facility words following position `next`: how many tokens they take, if any. */
function facilitySuffix(text: string, tokens: Token[], next: number): number {
	for (let n = 3; n >= 1; n--) {
		const last = tokens[next + n - 1]!;
		if (!last) continue;
		const words = tokens.slice(next, next + n);
		if (!words.every((w) => w.capitalised)) continue;
		if (FACILITY_WORDS.test(` ${text.slice(tokens[next]!.start, last.end)}`)) return n;
	}
	return 0;
}

/** The capitalised run around a match marks it as part of an organisation's name. */
function organisationAround(text: string, tokens: Token[], first: number, last: number): boolean {
	for (let j = last + 1; j < tokens.length && j <= last + 3; j++) {
		const t = tokens[j]!;
		if (!joins(text, tokens[j - 1]!, t) || !t.capitalised) break;
		if (ORGANISATION_WORDS.has(t.text.toLowerCase())) return true;
	}
	// "University of California", "Bank of America": an organisation word, then "of".
	const of = tokens[first - 1]!;
	const head = tokens[first - 2]!;
	if (of && head && of.text === 'of' && joins(text, head, of) && joins(text, of, tokens[first]!)) {
		if (ORGANISATION_WORDS.has(head.text.toLowerCase())) return true;
	}
	return false;
}

export function recognise(text: string, g: Gazetteer): RawMention[] {
	const tokens = tokenize(text);
	const first = readMentions(text, g, tokens, new Set());
	// A second reading, knowing which one-word names the first read as places.
	const placeNames = new Set(
		first
			.filter((m) => m.via === 'name' && m.first === m.last && !m.inOrganisation)
			.map((m) => nameKey(m.text))
	);
	return placeNames.size === 0 ? first : readMentions(text, g, tokens, placeNames);
}

function readMentions(
	text: string,
	g: Gazetteer,
	tokens: Token[],
	placeNames: Set<string>
): RawMention[] {
	const lowerWords = new Set<string>();
	for (const t of tokens) if (!t.capitalised) lowerWords.add(nameKey(t.text));
	const context: RecognitionContext = {
		lowerWords,
		people: peopleNamed(text, tokens),
		secondNames: secondNames(text, tokens),
		placeNames
	};
	const mentions: RawMention[] = [];
	let i = 0;
	while (i < tokens.length) {
		const t = tokens[i]!;
		if (!t.capitalised) {
			i++;
			continue;
		}
		const building = buildingAt(text, g, tokens, i, context);
		if (building) {
			mentions.push(building);
			i = building.last + 1;
			continue;
		}
		const found = matchAt(text, g, tokens, i, context);
		if (found) {
			mentions.push(found);
			i = found.last + 1;
			const postal = postalAfter(text, g, tokens, found.last);
			if (postal) {
				mentions.push(postal);
				i = postal.last + 1;
			}
		} else {
			const road = roadAt(text, tokens, i, mentions.at(-1));
			if (road) {
				mentions.push(road);
				i = road.last + 1;
				continue;
			}
			const unknown = unknownAt(text, g, tokens, i, context);
			if (unknown) mentions.push(unknown);
			i = unknown ? unknown.last + 1 : i + 1;
		}
	}
	return mentions;
}

/**
 * A road by its number: British "A417", "M4", "B1234" after "the", in a list of roads or before
 * "road", "junction", "southbound" …; American "I-95", "Interstate 5", "Route 66", "Highway 1".
 */
function roadAt(
	text: string,
	tokens: Token[],
	first: number,
	previous: RawMention | undefined
): RawMention | undefined {
	const start = tokens[first]!.start;
	const at = text.slice(start, start + 24);
	const american =
		/^(?:I-\d{1,3}|Interstate \d{1,3}|(?:State |U\.?S\.? )?(?:Route|Highway) \d{1,4})\b/.exec(at);
	const british = /^[ABM]\d{1,4}\b/.exec(at);
	const match = american ?? british;
	if (!match) return undefined;
	if (!american) {
		const before = text.slice(Math.max(0, start - 6), start);
		const listed =
			previous?.via === 'road' &&
			/^(?:,\s*|,?\s+(?:and|or)\s+)$/.test(text.slice(previous.end, start));
		const after =
			/^\s+(?:road|motorway|carriageway|junction|roundabout|slip road|southbound|northbound|eastbound|westbound)\b/i.test(
				text.slice(start + match[0].length, start + match[0].length + 14)
			);
		if (!/\bthe\s+$/i.test(before) && !listed && !after) return undefined;
	}
	const end = start + match[0].length;
	let last = first;
	while (last + 1 < tokens.length && tokens[last + 1]!.end <= end) last++;
	return mention(text, tokens, first, last, [], 'road');
}

/** A known place (not a demonym) starts at token `j`. */
function knownPlaceAt(
	text: string,
	g: Gazetteer,
	tokens: Token[],
	j: number,
	context: RecognitionContext
): boolean {
	const found = tokens[j]?.capitalised ? matchAt(text, g, tokens, j, context) : undefined;
	return found !== undefined && found.via !== 'demonym';
}

/** A name the gazetteer lacks, in a place's position: placed by resolution. */
function unknownAt(
	text: string,
	g: Gazetteer,
	tokens: Token[],
	first: number,
	context: RecognitionContext
): RawMention | undefined {
	const last = unknownNameEnd(
		text,
		tokens,
		first,
		context.lowerWords,
		context.people,
		(j) => knownPlaceAt(text, g, tokens, j, context),
		context.secondNames
	);
	if (last < 0) return undefined;
	for (let j = first + 1; j <= last; j++) {
		if (matchAt(text, g, tokens, j, context)) return undefined;
	}
	return mention(text, tokens, first, last, [], 'unknown');
}

/** Population from which a town inside a building's name says where the building is. */
const TOWN_IN_BUILDING_NAME = 100_000;

/**
 * A named building ("Central Mental Hospital") as one mention with no candidates of its own:
 * resolution places it. A building named after a country, a region or a large town ("Belfast
 * Magistrate's Court", "University of California") is left to that name, which says where it is.
 */
function buildingAt(
	text: string,
	g: Gazetteer,
	tokens: Token[],
	first: number,
	context: RecognitionContext
): RawMention | undefined {
	const last = buildingEnd(text, tokens, first);
	if (last < 0) return undefined;
	const p = g.data.places;
	for (let j = first; j < last; j++) {
		if (!tokens[j]!.capitalised) continue;
		const inner = matchAt(text, g, tokens, j, context);
		if (!inner || inner.via === 'demonym' || inner.last >= last) continue;
		const telling = inner.candidates.some((c) => {
			const kind = kindOf(g, c);
			if (kind === 'city') return p.population[c]! >= TOWN_IN_BUILDING_NAME;
			return kind !== 'airport';
		});
		if (telling) return undefined;
	}
	return mention(text, tokens, first, last, [], 'building');
}

function mention(
	text: string,
	tokens: Token[],
	first: number,
	last: number,
	candidates: number[],
	via: MentionVia
): RawMention {
	const start = tokens[first]!.start;
	const end = tokens[last]!.end;
	return {
		start,
		end,
		text: text.slice(start, end),
		first,
		last,
		candidates,
		via,
		possessive: tokens[last]!.possessive,
		inOrganisation: false
	};
}

function matchAt(
	text: string,
	g: Gazetteer,
	tokens: Token[],
	i: number,
	context: RecognitionContext
): RawMention | undefined {
	// The longest run of tokens that could be one name.
	let end = i;
	while (end + 1 < tokens.length && end - i + 1 < MAX_NAME_TOKENS) {
		const next = tokens[end + 1]!;
		if (!joins(text, tokens[end]!, next)) break;
		if (!next.capitalised && !NAME_CONNECTORS.has(next.text.toLowerCase())) break;
		end++;
	}
	for (let last = end; last >= i; last--) {
		if (!tokens[last]!.capitalised) continue;
		const key = nameKey(text.slice(tokens[i]!.start, tokens[last]!.end));
		const suffix = facilitySuffix(text, tokens, last + 1);
		if (suffix > 0) {
			const airports = g.byFacilityBase.get(key);
			if (airports) {
				return mention(text, tokens, i, last + suffix, airports, 'facility');
			}
		}
		const named = g.byName.get(key);
		const places =
			named && GENERIC_NAME.test(key) && named.every((c) => ADMINISTRATIVE.has(kindOf(g, c)))
				? undefined
				: named;
		if (places && last === i) {
			// "the English city of Salisbury", "Canadian jurisdictions": a people's word before
			// a noun is the adjective, not the town of that name (English, Indiana).
			const people = demonymAt(text, g, tokens[i]!, key);
			const next = tokens[i + 1];
			const strong = places.some((c) => !ADMINISTRATIVE.has(kindOf(g, c)));
			if (people && !strong && next && !next.capitalised && joins(text, tokens[i]!, next)) {
				return mention(text, tokens, i, last, people, 'demonym');
			}
		}
		if (places) {
			const street = streetSuffix(text, tokens, last);
			if (street > 0) return mention(text, tokens, i, last + street, places, 'street');
			if (last === i && weakSingleWord(text, g, tokens, i, places, context)) {
				// "English" is a town in Indiana, but first the people of England.
				const people = demonymAt(text, g, tokens[i]!, key);
				return people ? mention(text, tokens, i, last, people, 'demonym') : undefined;
			}
			const m = mention(text, tokens, i, last, places, 'name');
			m.inOrganisation = organisationAround(text, tokens, i, last);
			return m;
		}
		const demonym = demonymAt(text, g, tokens[last]!, key);
		if (demonym) return mention(text, tokens, i, last, demonym, 'demonym');
	}
	return undefined;
}

/** The countries whose people `key` names; a combining form ("Austro-") only before its hyphen. */
function demonymAt(text: string, g: Gazetteer, last: Token, key: string): number[] | undefined {
	const countries = g.byDemonym.get(key);
	if (!countries || (/o$/.test(key) && !/^[-‐]/.test(text.slice(last.end)))) return undefined;
	return countries;
}

/** ", Calif.", ", NY" or " (Ga.)" right after a place name: the US state or Canadian province. */
function postalAfter(
	text: string,
	g: Gazetteer,
	tokens: Token[],
	last: number
): RawMention | undefined {
	const next = tokens[last + 1]!;
	if (!next || !next.capitalised) return undefined;
	// "Fresno, Calif." or "Walker County (Ga.)".
	if (!/^(?:,\s?|\s?\()$/.test(text.slice(tokens[last]!.end, next.start))) return undefined;
	const states = g.byPostal.get(nameKey(next.text));
	if (!states) return undefined;
	// "N.Y." is one token; "W. Va." two.
	const m = mention(text, tokens, last + 1, last + 1, states, 'postal');
	const stop = text[m.end] === '.' ? m.end + 1 : m.end;
	m.end = stop;
	m.text = text.slice(m.start, stop);
	return m;
}
