/**
 * Which places a reported range reaches from a launch point: the text list beside the map
 * ("inside each band") and the answer a screen reader gets instead of the picture.
 *
 * A place is `inside` a figure when its geodesic distance is at most the low figure (every
 * reading of the claim reaches it), `high-only` when only the high figure reaches it, and
 * `outside` beyond the high figure. Distances are on the WGS84 ellipsoid, the same surface the
 * rings are drawn on, so the list and the map never disagree at the edge of a ring.
 */
import type { PlaceCollection, RangeFigure } from '../briefing/types';
import { geodesicDistanceM, type LonLat } from './geodesic';
import { reachStatus, type ReachStatus } from './reach-status';

export { reachStatus, type ReachStatus };

/** A point to test, usually a place of the briefing. */
export interface ReachPlace {
	id: string;
	position: LonLat;
}

export interface PlaceReach {
	placeId: string;
	/** Geodesic distance from the origin, metres. */
	distanceM: number;
	/** One status per figure, in the order the figures were given. */
	statuses: ReachStatus[];
}

/**
 * Measures every place from `origin` once and states, per figure, whether the figure reaches it.
 */
export function classifyReach(
	origin: LonLat,
	places: readonly ReachPlace[],
	figures: readonly Pick<RangeFigure, 'lowKm' | 'highKm'>[]
): PlaceReach[] {
	return places.map((place) => {
		const distanceM = geodesicDistanceM(origin, place.position);
		return {
			placeId: place.id,
			distanceM,
			statuses: figures.map((figure) => reachStatus(distanceM, figure))
		};
	});
}

/**
 * The point places of a briefing, ready for {@link classifyReach}. Areas (countries) are left
 * out: "within range" of a country needs its nearest and farthest points, not one position.
 */
export function reachPlacesOf(places: PlaceCollection): ReachPlace[] {
	const points: ReachPlace[] = [];
	for (const feature of places.features) {
		const { geometry } = feature;
		if (geometry.type !== 'Point') continue;
		points.push({
			id: feature.id,
			position: [geometry.coordinates[0], geometry.coordinates[1]] as LonLat
		});
	}
	return points;
}
