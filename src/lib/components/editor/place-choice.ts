/** Changes to a draft place the review makes: using a gazetteer candidate, moving it by hand. */
import { gazetteerSource, placeKindFor } from '$lib/authoring/from-proposals';
import type { DraftPlace } from '$lib/authoring/draft';
import type { GeoparseCandidate } from '$lib/authoring/geoparse-result';

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** Uses candidate `index`: its position, kind and gazetteer entry (as the place's source). */
export function chooseCandidate(place: DraftPlace, index: number): void {
	const candidate = place.candidates[index];
	if (!candidate) return;
	const previous = place.chosen === null ? undefined : place.candidates[place.chosen];
	const properties = place.feature.properties;
	if (previous) {
		const old = gazetteerSource(previous.gazetteer);
		const at = properties.sources.findIndex(
			(s) => s.publisher === old.publisher && s.title === old.title
		);
		if (at >= 0) properties.sources.splice(at, 1, gazetteerSource(candidate.gazetteer));
		else properties.sources.unshift(gazetteerSource(candidate.gazetteer));
	} else {
		properties.sources.unshift(gazetteerSource(candidate.gazetteer));
	}
	place.chosen = index;
	place.feature.geometry = {
		type: 'Point',
		coordinates: [round(candidate.lon), round(candidate.lat)]
	};
	properties.kind = placeKindFor(candidate.kind);
}

/** Adds a search result as the place's first candidate and uses it. */
export function useSearchResult(place: DraftPlace, result: GeoparseCandidate): void {
	const at = place.candidates.findIndex(
		(c) => c.gazetteer.source === result.gazetteer.source && c.gazetteer.id === result.gazetteer.id
	);
	if (at >= 0) return chooseCandidate(place, at);
	place.candidates.unshift(result);
	if (place.chosen !== null) place.chosen += 1;
	chooseCandidate(place, 0);
}

/** The editor dragged the place or typed its position: no candidate is in use any more. */
export function moveByHand(place: DraftPlace, lon: number, lat: number): void {
	place.chosen = null;
	place.feature.geometry = { type: 'Point', coordinates: [round(lon), round(lat)] };
}
