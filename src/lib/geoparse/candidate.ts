/** A gazetteer place as the output shows it. */
import { kindOf, type Gazetteer } from './gazetteer';
import type { PlaceCandidate } from './types';

export function candidateOf(g: Gazetteer, place: number, score: number): PlaceCandidate {
	const p = g.data.places;
	return {
		name: p.name.at(place)!,
		kind: kindOf(g, place),
		lat: p.lat[place]!,
		lon: p.lon[place]!,
		gazetteer: { source: g.data.sources[p.source[place]!]?.key ?? 'unknown', id: p.id.at(place)! },
		score: Math.round(score * 1000) / 1000
	};
}
