/**
 * Resolution: ranks each recognised name's candidates. A candidate's evidence is its kind and
 * size (countries, regions and capitals before towns; populous towns before small ones), the
 * article's focus countries (where its other places are), closeness to the article's other
 * places, and an explicit qualifier ("Paris, Texas", "Fresno, Calif."). Scores are a softmax
 * over the evidence, so the first is the choice and the score says how clear it was.
 */
import { kindOf, type Gazetteer } from './gazetteer';
import { nameKey } from './names';
import { placedInTown, type RawMention } from './recognise';

export interface Ranked {
	place: number;
	score: number;
}

const MAX_CANDIDATES = 5;

/** How far a district may lie from the city that qualifies it ("Dundrum, Dublin"). */
const CITY_QUALIFIER_KM = 40;

/** Population from which a city outranks the region named after it. */
const REGION_CITY = 100_000;

/**
 * "Almaty" is the city, not Almaty Region: a region read by its name less "Region" or
 * "Province", when a large city of its country bears that name.
 */
function regionNamedForItsCity(g: Gazetteer, region: number, m: RawMention): boolean {
	const p = g.data.places;
	if (nameKey(p.name.at(region)!) === nameKey(m.text)) return false;
	return m.candidates.some(
		(c) =>
			kindOf(g, c) === 'city' &&
			p.country[c] === p.country[region] &&
			p.population[c]! >= REGION_CITY
	);
}

function prior(g: Gazetteer, place: number, m: RawMention): number {
	const p = g.data.places;
	switch (kindOf(g, place)) {
		case 'country':
			return p.featureCode[place]! === 'PCLD' ? 0.9 : 1.2;
		case 'continent':
		case 'sea':
		case 'region':
			return 1.0;
		case 'facility':
			return 1.0;
		case 'admin1':
			return regionNamedForItsCity(g, place, m) ? 0.6 : 0.95;
		case 'airport': {
			const large = p.featureCode[place]! === 'large_airport';
			if (m.via === 'facility') return 1.0 + (large ? 0.2 : 0);
			// A large airport's own short name ("Heathrow") before a small namesake town.
			return large ? 0.9 : 0.2;
		}
		case 'city': {
			const size = Math.min(0.85, 0.09 * Math.log10(p.population[place]! + 1));
			const code = p.featureCode[place]!;
			const seat = code === 'PPLC' ? 0.45 : code === 'PPLA' ? 0.12 : code === 'PPLA2' ? 0.04 : 0;
			return size + seat;
		}
	}
}

function distanceKm(g: Gazetteer, a: number, b: number): number {
	const p = g.data.places;
	const toRad = Math.PI / 180;
	const dLat = (p.lat[b]! - p.lat[a]!) * toRad;
	const dLon = (p.lon[b]! - p.lon[a]!) * toRad;
	const h =
		Math.sin(dLat / 2) ** 2 +
		Math.cos(p.lat[a]! * toRad) * Math.cos(p.lat[b]! * toRad) * Math.sin(dLon / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** "Metcalfe County": the town is likely the county's seat (GeoNames PPLA2). */
function countyFollows(text: string, m: RawMention): boolean {
	return /^ (?:County|Parish)\b/.test(text.slice(m.end, m.end + 8));
}

/**
 * The US state a county mention lies in when the article is about one state and no candidate
 * town of the county's name is in it; undefined otherwise.
 */
function countyState(
	text: string,
	g: Gazetteer,
	m: RawMention,
	states: Set<string>
): number | undefined {
	if (states.size !== 1 || !countyFollows(text, m)) return undefined;
	const p = g.data.places;
	const [code] = states;
	if (m.candidates.some((c) => p.country[c] === 'US' && p.admin1[c] === code)) return undefined;
	return (g.byPostal.get(code!.toLowerCase()) ?? []).find(
		(c) => p.country[c] === 'US' && kindOf(g, c) === 'admin1' && p.admin1[c] === code
	);
}

function softmax(values: number[], sharpness: number): number[] {
	const max = Math.max(...values);
	const e = values.map((v) => Math.exp((v - max) * sharpness));
	const sum = e.reduce((a, b) => a + b, 0);
	return e.map((x) => x / sum);
}

/** Ranks every mention's candidates; mentions of one name share one ranking. */
export function resolve(text: string, g: Gazetteer, mentions: RawMention[]): Ranked[][] {
	// Buildings have no candidates of their own: they are placed last, in a town.
	const named = mentions.map((m, i) => ({ m, i })).filter(({ m }) => !placedInTown(m));
	const byName = rankNamed(
		text,
		g,
		named.map(({ m }) => m)
	);
	const out: Ranked[][] = mentions.map(() => []);
	named.forEach(({ i }, k) => (out[i] = byName.rankings[k]!));
	// A building is in the town named right after it or else in one of the article's towns,
	// the most named first; the next two stay as candidates.
	mentions.forEach((m, i) => {
		if (!placedInTown(m)) return;
		const after = townAfter(text, g, mentions, i, out);
		const towns = [...new Set([...(after === undefined ? [] : [after]), ...byName.towns])];
		const shares = towns.slice(0, 3).map((_, k) => (k === 0 ? 3 : 1));
		const total = shares.reduce((a, b) => a + b, 0);
		out[i] = towns.slice(0, 3).map((place, k) => ({ place, score: shares[k]! / total }));
	});
	return out;
}

/**
 * The town named right after a building: "Central Mental Hospital in Dundrum", "Percy French
 * Hotel, Ballyjamesduff".
 */
function townAfter(
	text: string,
	g: Gazetteer,
	mentions: RawMention[],
	i: number,
	rankings: Ranked[][]
): number | undefined {
	const next = mentions[i + 1];
	if (!next || placedInTown(next)) return undefined;
	if (!/^(?:,\s*|\s+(?:in|at|near|outside)\s+)$/.test(text.slice(mentions[i]!.end, next.start))) {
		return undefined;
	}
	const chosen = rankings[i + 1]![0]?.place;
	if (chosen === undefined) return undefined;
	const kind = kindOf(g, chosen);
	return kind === 'city' || kind === 'admin1' ? chosen : undefined;
}

function rankNamed(
	text: string,
	g: Gazetteer,
	mentions: RawMention[]
): { rankings: Ranked[][]; towns: number[] } {
	const p = g.data.places;
	const keys = mentions.map((m) => `${m.via === 'facility' ? 'f:' : ''}${nameKey(m.text)}`);
	// First pass: the prior alone, to learn the article's countries and places.
	const firstChoice = mentions.map((m) => {
		let best = m.candidates[0]!;
		for (const c of m.candidates) if (prior(g, c, m) > prior(g, best, m)) best = c;
		return best;
	});
	const focus = new Map<string, number>();
	let focusTotal = 0;
	mentions.forEach((m, i) => {
		// A name with a single reading, or a country, says where the article is.
		const clear = m.candidates.length === 1 || kindOf(g, firstChoice[i]!) === 'country';
		const country = p.country[firstChoice[i]!];
		if (!country) return;
		const weight = clear ? 1 : 0.5;
		focus.set(country, (focus.get(country) ?? 0) + weight);
		focusTotal += weight;
	});
	// US states the article names or places its towns in: "Metcalfe County" in a Kentucky story.
	const states = new Set<string>();
	mentions.forEach((m, i) => {
		const c = firstChoice[i]!;
		if (
			p.country[c] === 'US' &&
			p.admin1[c] &&
			(m.candidates.length === 1 || kindOf(g, c) === 'admin1')
		) {
			states.add(p.admin1[c]!);
		}
	});
	// Places to be near: every other name's first reading, trusted fully when it has no
	// namesake and by half when it has; countries and seas are too large to be near anything.
	const anchors = new Map<number, number>();
	firstChoice.forEach((c, i) => {
		const kind = kindOf(g, c);
		if (kind !== 'city' && kind !== 'airport' && kind !== 'facility') return;
		const weight = mentions[i]!.candidates.length === 1 ? 1 : 0.5;
		anchors.set(c, Math.max(anchors.get(c) ?? 0, weight));
	});

	// Qualifiers: "Springfield, Illinois", "Fresno, Calif.", "Aleppo, Syria". Both ways: the
	// town is read in the qualifier, and the qualifier as what holds the town ("Atlanta,
	// Georgia" is the US state, "Tbilisi, Georgia" the country).
	const qualifier = new Map<number, number[]>();
	const qualified = new Map<number, number[]>();
	for (let i = 0; i + 1 < mentions.length; i++) {
		const between = text.slice(mentions[i]!.end, mentions[i + 1]!.start);
		if (/^,\s?$/.test(between)) {
			qualifier.set(i, mentions[i + 1]!.candidates);
			qualified.set(i + 1, mentions[i]!.candidates);
		}
	}
	const holds = (outer: number, inner: number) => {
		if (outer === inner || p.country[outer] !== p.country[inner]) return false;
		const kind = kindOf(g, outer);
		return kind === 'country' || (kind === 'admin1' && p.admin1[outer] === p.admin1[inner]);
	};

	// The town the article is about: the town its names most often choose. A street named
	// after a place ("Eglinton Avenue") is a street there; the gazetteer holds no streets.
	const townCounts = new Map<number, number>();
	mentions.forEach((m, i) => {
		const c = firstChoice[i]!;
		if (m.via !== 'street' && kindOf(g, c) === 'city')
			townCounts.set(c, (townCounts.get(c) ?? 0) + 1);
	});
	let articleTown: number | undefined;
	for (const [town, count] of townCounts) {
		if (articleTown === undefined || count > townCounts.get(articleTown)!) articleTown = town;
	}

	const byKey = new Map<string, Ranked[]>();
	const rankings = mentions.map((m, i) => {
		if (m.via === 'street' && articleTown !== undefined) return [{ place: articleTown, score: 1 }];
		const shared = byKey.get(keys[i]!);
		if (shared && !qualifier.has(i) && !qualified.has(i)) return shared;
		const own = focus.get(p.country[firstChoice[i]!]!) ?? 0;
		const scores = m.candidates.map((c) => {
			let s = prior(g, c, m);
			const country = p.country[c]!;
			if (country && focusTotal > 0) {
				// This mention's own vote is left out, so a name does not confirm itself.
				const votes =
					(focus.get(country) ?? 0) -
					(country === p.country[firstChoice[i]!] ? Math.min(own, 1) : 0);
				s += 0.6 * Math.min(1, votes / Math.max(1, focusTotal - 1));
			}
			let near = 0;
			for (const [a, weight] of anchors) {
				if (a === c || keys[firstChoice.indexOf(a)] === keys[i]) continue;
				const d = distanceKm(g, a, c);
				if (d < 50) near += 0.3 * weight;
				else if (d < 300) near += 0.15 * weight;
			}
			s += Math.min(0.45, near);
			// Towns and counties in the US states the article names ("Laurel County" in a
			// Kentucky story; thirty states have a Washington County).
			const local = kindOf(g, c) === 'city' || kindOf(g, c) === 'region';
			if (country === 'US' && local && states.has(p.admin1[c]!)) s += 0.4;
			if (countyFollows(text, m) && country === 'US' && p.featureCode[c] === 'PPLA2') s += 0.5;
			const qualifiers = qualifier.get(i);
			if (qualifiers) {
				for (const q of qualifiers) {
					const kind = kindOf(g, q);
					if (kind === 'country' && p.country[q]! === country) s += 0.8;
					if (kind === 'admin1' && p.country[q]! === country) {
						if (p.admin1[q]! === p.admin1[c]! || distanceKm(g, q, c) < 400) s += 1.2;
					}
					// A district and its city: "Dundrum, Dublin", "Kensington, London".
					if (kind === 'city' && q !== c && distanceKm(g, q, c) < CITY_QUALIFIER_KM) s += 1.0;
				}
			}
			const towns = qualified.get(i);
			if (towns?.some((t) => kindOf(g, t) !== 'country' && holds(c, t))) s += 1.0;
			return s;
		});
		const probabilities = softmax(scores, 4);
		let ranked = m.candidates
			.map((place, j) => ({ place, score: probabilities[j]! }))
			.sort((a, b) => b.score - a.score);
		// A county the gazetteer lacks ("Metcalfe County" in a Kentucky story, where no town is
		// named Metcalfe) is read as being in the article's state: the state leads, at half
		// confidence, before the far namesakes.
		const state = countyState(text, g, m, states);
		if (state !== undefined) {
			ranked = [
				{ place: state, score: 0.5 },
				...ranked.filter((r) => r.place !== state).map((r) => ({ ...r, score: r.score / 2 }))
			];
		}
		ranked = ranked.slice(0, MAX_CANDIDATES);
		if (!shared) byKey.set(keys[i]!, ranked);
		return ranked;
	});
	// The article's towns, for what the gazetteer lacks: the towns its names resolve to, most
	// named first, counted after resolution so a namesake abroad does not count.
	const resolvedCounts = new Map<number, number>();
	mentions.forEach((m, i) => {
		const c = rankings[i]![0]?.place;
		if (c !== undefined && m.via !== 'street' && kindOf(g, c) === 'city') {
			resolvedCounts.set(c, (resolvedCounts.get(c) ?? 0) + 1);
		}
	});
	const towns = [...resolvedCounts].sort((a, b) => b[1] - a[1]).map(([town]) => town);
	return { rankings, towns };
}
