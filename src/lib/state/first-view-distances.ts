/**
 * The reach list's distances for the explore page's first view, measured from the launch point
 * the page will open with: by the server, so the page renders them without loading
 * GeographicLib, and by the portable file, which carries GeographicLib anyway.
 */
import { pointPlaces } from '../briefing/launch-place';
import type { Briefing, PlaceFeature } from '../briefing/types';
import { distancesFrom } from './analysis-geometry';
import type { MeasuredDistances } from './explore-state.svelte';
import { defaultOrigin, readOrigin } from './launch-origin';

/** `originParam` is the link's `origin` value, as the page reads it. */
export function firstViewDistances(
	briefing: Briefing,
	originParam: string | undefined
): MeasuredDistances {
	const places = pointPlaces(briefing.places.features as unknown as PlaceFeature[]);
	const origin = (readOrigin(places, originParam) ?? defaultOrigin(briefing)).position;
	return { origin, distancesM: distancesFrom(origin, places) };
}
