/**
 * Where the range bands start: one rule for the explore map, the presentation and the API's
 * range-rings collection, so every view of a briefing draws its bands from the same place.
 */
import { isAreaLabel } from './place-kinds';
import type { BriefingMeta, PlaceFeature } from './types';

/** A place of the briefing that is a point on the map (not a country): a possible launch point. */
export interface PointPlace {
	placeId: string;
	name: string;
	position: [lon: number, lat: number];
}

/**
 * The places that are points and not areas (countries, regions), in briefing order: the launch sites, targets
 * and ends of a measurement an analyst can pick. A country is never one, even when drawn as a
 * point: a band from a country's label point would mean nothing.
 */
export function pointPlaces(places: readonly PlaceFeature[]): PointPlace[] {
	return places.flatMap((place) =>
		place.geometry.type === 'Point' && !isAreaLabel(place.properties.kind)
			? [
					{
						placeId: place.id,
						name: place.properties.name,
						position: [place.geometry.coordinates[0] ?? 0, place.geometry.coordinates[1] ?? 0]
					}
				]
			: []
	);
}

/**
 * The launch place of a briefing: its `defaultLaunchPlace` when that is a point place, else its
 * first point place, so a briefing without one still draws its bands somewhere in the story.
 * Undefined only for a briefing without point places.
 */
export function launchPlace(briefing: {
	meta: Pick<BriefingMeta, 'defaultLaunchPlace'>;
	places: { features: readonly PlaceFeature[] };
}): PointPlace | undefined {
	const candidates = pointPlaces(briefing.places.features);
	const chosen = briefing.meta.defaultLaunchPlace;
	return candidates.find((place) => place.placeId === chosen) ?? candidates[0];
}
