/**
 * The offline geoparser: given an English news text and the gazetteer, proposes the places it
 * names (ranked candidates, the first chosen), what each mention stands for, and the dates it
 * gives. Pure TypeScript over plain data: no file system, no DOM; the server loads the
 * gazetteer (src/lib/server/gazetteer.ts) and the CLI, the API and the studio call this.
 */
import { findDates } from './dates';
import { candidateOf } from './candidate';
import type { Gazetteer } from './gazetteer';
import { placedInTown, recognise } from './recognise';
import { nameKey } from './names';
import { resolve } from './resolve';
import { senseOf, spreadAcrossLists } from './sense';
import type { GeoparseResult, GeoparsedPlace } from './types';

export type { Gazetteer } from './gazetteer';
export { createGazetteer } from './gazetteer';
export { searchGazetteer } from './search';
export type * from './types';

export function geoparse(
	text: string,
	gazetteer: Gazetteer,
	options: { date?: string } = {}
): GeoparseResult {
	const mentions = recognise(text, gazetteer);
	const rankings = resolve(text, gazetteer, mentions);
	const places = new Map<string, GeoparsedPlace>();
	const senses = spreadAcrossLists(
		text,
		mentions,
		mentions.map((m, i) => senseOf(text, gazetteer, m, rankings[i]![0]?.place))
	);
	// A building, or a name the gazetteer lacks, is placed in one of the article's towns: it is
	// a place of its own there, with those towns as its candidates, not one more name of the town.
	mentions.forEach((m, i) => {
		const ranked = rankings[i]!;
		const chosen = ranked[0];
		if (!chosen) return;
		const key = placedInTown(m) ? `${m.via}:${nameKey(m.text)}` : String(chosen.place);
		let place = places.get(key);
		if (!place) {
			const candidates = ranked.map((r) => candidateOf(gazetteer, r.place, r.score));
			place = { ...candidates[0]!, candidates, mentions: [] };
			// Named as the text names it, at the town's point: "Central Mental Hospital" in
			// Dundrum is a facility there, not a second Dundrum.
			if (placedInTown(m)) {
				place.name = m.text;
				if (m.via === 'building') place.kind = 'facility';
			}
			places.set(key, place);
		}
		place.mentions.push({
			start: m.start,
			end: m.end,
			text: m.text,
			sense: senses[i]!
		});
	});
	return {
		places: [...places.values()],
		dates: findDates(text, options.date),
		attribution: gazetteer.attribution
	};
}
