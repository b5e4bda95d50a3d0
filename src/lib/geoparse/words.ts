/**
 * What compromise's lexicon says about single words (its tagger is too slow for the latency
 * budget: about 100 ms for a 2,000-word article on a shared core, so the geoparser reads only
 * its word list, which is a constant-time lookup), plus the small word classes the recogniser
 * needs that the lexicon lacks.
 */
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one
	.lexicon;

function tagsOf(word: string): string[] {
	const tags = lexicon[word.toLowerCase()];
	return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place', 'ProperNoun']);
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'Honorific', 'Actor']);
const PERSON_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person']);

/** The lexicon knows the word as a place name. */
export function lexiconPlace(word: string): boolean {
	return tagsOf(word).some((t) => PLACE_TAGS.has(t));
}

/** The lexicon knows the word as a demonym ("Iranian", "Ukrainians"). */
export function lexiconDemonym(word: string): boolean {
	return tagsOf(word).includes('Demonym');
}

/** An ordinary English word ("Mobile", "Reading", "Police", "March"), not a name. */
export function lexiconCommonWord(word: string): boolean {
	const tags = tagsOf(word);
	return tags.length > 0 && !tags.some((t) => PLACE_TAGS.has(t) || PERSON_TAGS.has(t));
}

/** The lexicon knows the word as a first name ("David", "Laura"). */
export function lexiconFirstName(word: string): boolean {
	return tagsOf(word).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
}

/** The lexicon knows the word as a person's first name or surname ("Levi", "Rashid"). */
export function lexiconPersonName(word: string): boolean {
	return tagsOf(word).some((t) => PERSON_TAGS.has(t));
}

/** The lexicon knows the word as an organisation or team ("Xinhua", "Lakers"). */
export function lexiconOrganisation(word: string): boolean {
	return tagsOf(word).some((t) => t === 'Organization' || t === 'SportsTeam');
}

const VERB_TAGS = new Set([
	'PastTense',
	'PresentTense',
	'Infinitive',
	'Modal',
	'Copula',
	'Auxiliary'
]);

/** The lexicon knows the word as a verb form ("vowed", "says", "will"), not a noun too. */
export function lexiconVerb(word: string): boolean {
	const tags = tagsOf(word);
	return (
		tags.some((t) => VERB_TAGS.has(t)) && !tags.some((t) => t === 'Singular' || t === 'Plural')
	);
}

/** A first name or a title: the next capitalised word is a person's name. */
export function introducesPerson(word: string): boolean {
	return tagsOf(word).some((t) => NAME_TAGS.has(t)) || TITLES.has(word.toLowerCase());
}

/** A title written before a name ("King", "Dr", "Senator"). */
export function isTitle(word: string): boolean {
	return TITLES.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Titles written before names in news that the lexicon does not tag. */
const TITLES = new Set([
	'mr',
	'mrs',
	'ms',
	'dr',
	'gov',
	'sen',
	'rep',
	'gen',
	'lt',
	'col',
	'capt',
	'sgt',
	'judge',
	'justice',
	'officer',
	'sheriff',
	'deputy',
	'detective',
	'coach',
	'prince',
	'princess',
	'king',
	'queen',
	'pope',
	'lord',
	'lady',
	'sir',
	'dame',
	'mayor',
	'chancellor',
	'minister',
	'secretary',
	'senator',
	'governor',
	'president',
	'premier'
]);

/**
 * Words that, following a place name in one capitalised run, make the run an organisation's
 * name: "New York Times", "Paris Saint-Germain" (a club), "Florida Atlantic University".
 */
export const ORGANISATION_WORDS = new Set(
	(
		'university college school academy institute times post journal herald tribune gazette ' +
		'chronicle news press daily telegraph guardian observer examiner review magazine radio tv ' +
		'television airlines airways bank company corp corporation inc ltd group fc club united city ' +
		'rangers athletic athletics team council department police fire hospital clinic medical ' +
		'center centre church cathedral mosque synagogue stadium arena museum library party ' +
		'assembly parliament senate congress ministry embassy consulate federation association ' +
		'union league agency authority commission board foundation fund trust society festival ' +
		'marathon cup games olympics symphony orchestra theatre theater opera ballet hotel mall ' +
		'saint germain motors energy oil gas power railway railways zoo court courts prison jail ' +
		'regiment battalion brigade division corps squadron fleet ' +
		'office bureau service services network foods sports capital partners holdings ' +
		'international state'
	).split(' ')
);

/** Connectors inside place names: "Bosnia and Herzegovina", "Rostov-on-Don", "Gulf of Aden". */
export const NAME_CONNECTORS = new Set([
	'of',
	'de',
	'del',
	'da',
	'do',
	'dos',
	'das',
	'du',
	'la',
	'le',
	'les',
	'el',
	'al',
	'the',
	'upon',
	'on',
	'and',
	'y',
	'sur',
	'am',
	'im',
	'an',
	'der'
]);
