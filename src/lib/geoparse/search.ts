/**
 * Gazetteer search by name, for the authoring studio's search box: exact names and aliases
 * first, then names that start with the query; within each, countries and regions before towns,
 * then by population. An ICAO or IATA code finds its airport.
 */
import { candidateOf } from './candidate';
import { kindOf, type Gazetteer } from './gazetteer';
import { nameKey } from './names';
import type { PlaceCandidate } from './types';

const KIND_ORDER = [
	'country',
	'continent',
	'sea',
	'region',
	'admin1',
	'facility',
	'city',
	'airport'
];

function rank(g: Gazetteer, place: number): number {
	const kind = KIND_ORDER.indexOf(kindOf(g, place));
	return kind * 1e10 - g.data.places.population[place]!;
}

export function searchGazetteer(gazetteer: Gazetteer, query: string, limit = 10): PlaceCandidate[] {
	const key = nameKey(query);
	if (!key || limit <= 0) return [];
	const exact = new Set<number>([
		...(gazetteer.byName.get(key) ?? []),
		...(gazetteer.byCode.get(query.trim().toUpperCase()) ?? [])
	]);
	const prefix = new Set<number>();
	if (exact.size < limit) {
		for (const [name, places] of gazetteer.byName.withPrefix(key)) {
			if (name !== key) for (const p of places) prefix.add(p);
		}
	}
	const order = (set: Set<number>) =>
		[...set].sort((a, b) => rank(gazetteer, a) - rank(gazetteer, b));
	const ranked = [...order(exact), ...order(prefix).filter((p) => !exact.has(p))].slice(0, limit);
	// Scores for a search: 1 for an exact name, less for a prefix, by rank within each.
	return ranked.map((p, i) => candidateOf(gazetteer, p, (exact.has(p) ? 1 : 0.5) / (1 + i * 0.01)));
}
