/**
 * Sense: what each mention stands for. A place name followed by a verb of saying or deciding
 * ("Tehran has dismissed", "Washington accused"), a possessive of will or office ("Moscow's
 * insistence", "Iran's foreign minister"), the object of diplomacy ("relations with Tehran"), a
 * seat of power ("the White House said") or an organisation's name stands for a government or
 * organisation; demonyms stand for the people; everything else is the land itself.
 */
import type { Gazetteer } from './gazetteer';
import { placedInTown, type RawMention } from './recognise';
import type { Sense } from './types';
import { lexiconVerb } from './words';

const AGENT_VERBS =
	'said|says|say|saying|stated|states|announced|announces|denied|denies|dismissed|dismisses|accused|accuses|' +
	'warned|warns|insisted|insists|demanded|demands|refused|refuses|rejected|rejects|agreed|agrees|signed|' +
	'imposed|imposes|condemned|condemns|threatened|threatens|claimed|claims|responded|responds|vowed|vows|' +
	'urged|urges|wants|wanted|plans|planned|decided|decides|launched|launches|blamed|blames|sanctioned|' +
	'approved|approves|pledged|pledges|promised|promises|offered|offers|sent|sends|deployed|deploys|supplied|' +
	'supplies|provided|provides|backed|backs|supported|supports|recognized|recognised|recognizes|expelled|' +
	'summoned|protested|criticized|criticised|criticizes|welcomed|welcomes|hopes|hoped|believes|believed|' +
	'considers|considered|argues|argued|maintains|seeks|sought|beat|beats|defeated|defeats|won|wins|' +
	'invaded|invades|attacked|attacks|annexed|retaliated|negotiated|negotiates|confirmed|confirms|ordered|' +
	'orders|banned|bans|voted|votes|passed|released|releases|announce|deny|accuse|warn|insist|refuse|reject|' +
	'agree|sign|impose|condemn|threaten|claim|respond|vow|urge|want|plan|decide|launch|blame|approve|pledge|' +
	'promise|offer|send|deploy|supply|provide|support|recognize|recognise|expel|summon|protest|criticize|' +
	'welcome|hope|believe|consider|argue|maintain|seek|invade|attack|retaliate|negotiate|confirm|order|ban|vote|' +
	'joined|joins|withdrew|withdraws|reported|reports|acknowledged|admitted|vetoed|hosted|backed away|struck|strikes|' +
	'fired|fires|shot down|seized|seizes|captured|captures|bombed|bombs|responded|retaliates|intervened|' +
	'has been|had been|is trying|was trying|tried|tries|knows|knew|needs|needed|must|should|will|would|can|could';
const AGENT_VERB_SET = new Set(AGENT_VERBS.split('|'));
const AFTER_AGENT = new RegExp(
	`^(?:['’]s)?\\s+(?:(?:has|have|had|is|was|were|are|also|then|now|still|not|never|already|previously|recently|repeatedly|reportedly|long|firmly|quickly|officially|publicly|strongly)\\s+){0,3}(?:${AGENT_VERBS})\\b`,
	'i'
);

const OFFICE_NOUNS =
	'government|president|presidency|prime minister|premier|foreign minister|foreign ministry|ministry|' +
	'minister|leader|leaders|leadership|insistence|decision|decisions|position|policy|policies|response|' +
	'refusal|demand|demands|support|stance|army|military|armed forces|forces|troops|navy|air force|envoy|' +
	'ambassador|embassy|officials|authorities|regime|parliament|state media|intelligence|defense|defence|' +
	'war|invasion|offensive|campaign|attack|attacks|strikes|sanctions|threat|threats|claim|claims|denial|' +
	'accusation|accusations|allies|ally|team|coach|players|squad|delegation|diplomats|spokesman|spokeswoman|' +
	'spokesperson|administration|cabinet|central bank|nuclear program|nuclear programme|missile program|' +
	'representative|representatives|negotiators|interests|efforts|plan|plans|proposal|offer|role|' +
	'ruling party|supreme leader|security council|national team|concerns|practices|exports|imports|' +
	'economy|trade|relations|ties|interests|stance|view|views|behaviour|behavior|actions|involvement';
const POSSESSIVE_OFFICE = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${OFFICE_NOUNS})\\b`, 'iu');

/**
 * What a possessive place name owns when it is the land: "Iran's capital", "Kent's coast",
 * "Ohio's largest city". Anything else a place "has" (its request, its move, its experience,
 * its trade) belongs to the polity or community the name stands for.
 */
const LAND_NOUNS =
	'capital|capital city|city|cities|town|towns|village|villages|largest|biggest|second|third|oldest|' +
	'north|south|east|west|northern|southern|eastern|western|central|northeast|northwest|southeast|' +
	'southwest|border|borders|coast|coasts|coastline|shore|shores|territory|soil|airspace|waters|' +
	'mountains|mountain|hills|forests|rivers|river|lakes|lake|islands|island|beaches|countryside|' +
	'streets|roads|highways|neighborhoods|neighbourhoods|suburbs|downtown|outskirts|districts|' +
	'provinces|regions|counties|landscape|weather|climate|skies|desert|deserts|valley|valleys|' +
	'airport|airports|port|ports|highest|tallest|longest|wildlife|nature|map';
const POSSESSIVE_LAND = new RegExp(
	`^['’]s?\\s+(?:(?:most|least|very|two|three|[\\p{L}-]+est)\\s+)?(?:${LAND_NOUNS})\\b`,
	'iu'
);

// "for" and "with" right before a name make it a party: "consequences for Hawaii", "solidarity
// with Great Britain", "in favour with both Russia".
const BEFORE_AGENT =
	/(?:\bfor|\bwith(?: both)?)\s+$|(?:relations|ties|talks|deal|agreement|dispute|negotiations|tensions|war|conflict|alliance|treaty|partnership|cooperation) (?:with|between)\s+(?:[\p{L}-]+(?:,| and)\s+)*$|(?:sanctions|pressure|embargo) (?:on|against)\s+$|(?:accused|urged|called on|warned|told|asked|pressed|criticized|criticised|condemned|blamed|sanctioned|backed|supported|allied with|sided with|recognized|recognised|ally|allies of|by)\s+$|(?:defeat|defeats|loss|losses|win|wins|victory|victories|draw|series|game|match|matchup|rivalry) (?:to|over|against|with)\s+$/iu;

const PLACE_BEFORE =
	/(?:\b(?:in|at|outside|inside|near|to|from|into|across|around|visited|visit|visiting|toward|towards|through|over)\s+(?:the\s+)?)$/i;

const SETTLEMENT_OF =
	/\b(?:city|town|village|capital|province|state|region|district|county|island|port) of\s+$/i;

/** The last word of a building's or a site's name. */
const BUILDING_AFTER =
	/^(?:\s+[\p{Lu}][\p{L}’']*){0,4}\s+(?:Hospital|Centre|Center|Mall|Stadium|Arena|Hotel|Park|Hall|Theatre|Theater|Museum|Station|Airport|Cathedral|Church|Court|Prison|Square|Market|Bridge|Palace|Castle)\b/u;

/** Going to, through or away from a place is about the land: "fled Iraq", "toured Ireland". */
const MOVEMENT_BEFORE =
	/\b(?:fled|flee|flees|fleeing|left|leave|leaves|leaving|toured|tour|tours|touring|explored|explore|explores|exploring|visited|visit|visits|visiting|entered|enter|enters|entering|reached|reach|reaches|crossed|cross|crosses|crossing|travelled|traveled|travel|roamed|roam|flew|fly|flies|drove|drive|returned|return|returns|arrived|arrive|departed|depart|evacuated|evacuate|hit|hits|struck|rocked|flooded|surrounded|surround|between|throughout)\s+(?:\p{L}+\s+)?$/iu;

/** "U.S.-led", "Russia-backed": the name is who leads or backs. */
const COMPOUND_AGENT =
	/^[-–](?:led|backed|brokered|sponsored|funded|supported|allied|aligned|imposed|controlled|run)\b/i;
/** The names in "DPRK-U.S. summit", "US-China trade talks" are the parties. */
const COMPOUND_PARTIES =
	'summit|summits|talks|relations|ties|deal|agreement|negotiations|dialogue|alliance|rivalry|' +
	'trade|dispute|tensions|cooperation|partnership|treaty|meeting|accord|standoff';
const COMPOUND_AGENT_END = new RegExp(`^\\s+(?:[\\p{L}]+\\s+)?(?:${COMPOUND_PARTIES})\\b`, 'iu');
const COMPOUND_AGENT_START = new RegExp(
	`^[-–][\\p{Lu}][\\p{L}.]*(?:\\s[\\p{Lu}][\\p{L}.]*)?\\s+(?:[\\p{L}]+\\s+)?(?:${COMPOUND_PARTIES})\\b`,
	'u'
);
const BETWEEN_SUBJECT_AND_VERB =
	'(?:\\s+(?:also|then|now|still|not|never|already|previously|recently|repeatedly|reportedly|' +
	'[\\p{Ll}]+ly|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|' +
	'(?:this|last) (?:week|month|year)|today|yesterday)){1,2}';

/**
 * A list of names shares a reading: in "sanctions by Bulgaria, Luxembourg and Malta" all three
 * act as governments once one of them does.
 */
export function spreadAcrossLists(text: string, mentions: RawMention[], senses: Sense[]): Sense[] {
	const out = [...senses];
	let start = 0;
	for (let i = 1; i <= mentions.length; i++) {
		const joined =
			i < mentions.length &&
			/^(?:,\s*|,?\s+and\s+|,?\s+or\s+)$/.test(
				text.slice(mentions[i - 1]!.end, mentions[i]!.start)
			);
		if (joined) continue;
		const group = out.slice(start, i);
		const anyGovernment = group.some(
			(s, k) => s === 'government' && !mentions[start + k]!.inOrganisation
		);
		if (i - start > 1 && anyGovernment) {
			for (let k = start; k < i; k++)
				if (out[k] === 'place' && mentions[k]!.via === 'name') out[k] = 'government';
		}
		start = i;
	}
	return out;
}

export function senseOf(
	text: string,
	g: Gazetteer,
	m: RawMention,
	chosen: number | undefined
): Sense {
	if (m.via === 'demonym') return 'people';
	// A building is somewhere to be; what it stands for is not a place's government.
	if (placedInTown(m)) return 'place';
	const after = text.slice(m.end, m.end + 80);
	const before = text.slice(Math.max(0, m.start - 60), m.start).replace(/\bthe\s+$/i, '');
	// "the city of Douma" is the land whatever follows.
	if (SETTLEMENT_OF.test(before)) return 'place';
	// A building named after its town is somewhere to be: "taken to Colchester General
	// Hospital", "at Dubai World Trade Centre"; other organisations act.
	if (m.inOrganisation) {
		return PLACE_BEFORE.test(before) && BUILDING_AFTER.test(after) ? 'place' : 'government';
	}
	if (chosen !== undefined && g.data.standsFor[String(chosen)]) {
		return PLACE_BEFORE.test(`${before}`) ? 'place' : 'government';
	}
	// What the name owns or what is done with it outweighs a preposition before it:
	// "in Canada's budget", "a loss to Reading", "sanctions on Iran".
	if (m.possessive || /^['’]s?\s/.test(after)) {
		return POSSESSIVE_LAND.test(after) && !POSSESSIVE_OFFICE.test(after) ? 'place' : 'government';
	}
	if (BEFORE_AGENT.test(before)) return 'government';
	if (PLACE_BEFORE.test(before) || MOVEMENT_BEFORE.test(before)) return 'place';
	if (AFTER_AGENT.test(after)) return 'government';
	// A name as the subject or object of a verb acts: "China vowed", "outlasted Louisville".
	if (
		COMPOUND_AGENT.test(after) ||
		COMPOUND_AGENT_START.test(after) ||
		(/[-–]$/.test(before) && COMPOUND_AGENT_END.test(after))
	) {
		return 'government';
	}
	// The subject of a verb, past an adverb, a time ("on Saturday") or "which": "Russia
	// adamantly denies", "Tamil Nadu on Saturday moved", "Slovenia, which filed".
	const nextWord = new RegExp(
		`^(?:,\\s+(?:which|who)|${BETWEEN_SUBJECT_AND_VERB})?\\s+([\\p{L}]+)`,
		'u'
	).exec(after);
	if (
		nextWord &&
		(lexiconVerb(nextWord[1]!) || AGENT_VERB_SET.has(nextWord[1]!.toLowerCase())) &&
		!/^(?:is|was|are|were|be|been)$/i.test(nextWord[1]!)
	) {
		return 'government';
	}
	const previousWord = /([\p{L}]+)\s+$/u.exec(before);
	if (
		previousWord &&
		(lexiconVerb(previousWord[1]!) || /^(?:against|versus|vs)$/i.test(previousWord[1]!))
	) {
		if (!/^(?:is|was|are|were|be|been|has|have|had)$/i.test(previousWord[1]!)) return 'government';
	}
	return 'place';
}
