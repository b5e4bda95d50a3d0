/**
 * The geodesic maths of the explore view's analysis tools — range bands, distances from the
 * launch point, the distance tool — in one module that the page loads on first use: it carries
 * GeographicLib, and the first view does not need it (the server measures the reach list's
 * distances, and the bands are drawn once the map has settled).
 */
import { geodesicDistanceM, type LonLat } from '../geo/geodesic';
import type { PointPlace } from '../briefing/launch-place';

export { createRangeBandBuilder } from '../briefing/range-bands';
export { buildGeodesicLine } from '../geo/geodesic-line';

/** Geodesic distance in metres from `origin` to every point place, by place id. */
export function distancesFrom(
	origin: LonLat,
	places: readonly PointPlace[]
): Record<string, number> {
	return Object.fromEntries(
		places.map((place) => [place.placeId, geodesicDistanceM(origin, place.position)])
	);
}

export type AnalysisGeometry = typeof import('./analysis-geometry');
