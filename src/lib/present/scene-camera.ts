/**
 * Where a scene looks: the box around the places it names, and the explore view's URL hash for
 * the same camera, so leaving a presentation keeps the audience looking at the same place.
 */
import type { Position } from 'geojson';
import type { PlaceFeature } from '../briefing/types';

/** West-south and east-north corners, in degrees. */
export type Bounds = [[west: number, south: number], [east: number, north: number]];

function positionsOf(place: PlaceFeature): Position[] {
	const geometry = place.geometry;
	if (geometry.type === 'Point') return [geometry.coordinates];
	if (geometry.type === 'Polygon') return geometry.coordinates.flat();
	return geometry.coordinates.flat(2);
}

/**
 * The box around the named places (points, or the whole outline of area places); undefined
 * when none of the ids is a known place, so the caller can keep the view it has.
 */
export function placesBounds(
	places: readonly PlaceFeature[],
	ids: readonly string[]
): Bounds | undefined {
	const wanted = new Set(ids);
	const positions = places.filter((p) => wanted.has(p.id)).flatMap(positionsOf);
	if (positions.length === 0) return undefined;
	const lons = positions.map((p) => p[0] ?? 0);
	const lats = positions.map((p) => p[1] ?? 0);
	return [
		[Math.min(...lons), Math.min(...lats)],
		[Math.max(...lons), Math.max(...lats)]
	];
}

/**
 * The `#zoom/lat/lon` hash MapLibre's `hash` option reads. Rounded as MapLibre writes it, so the
 * explore view opens on the same camera without a long, noisy URL.
 */
export function cameraHash(view: { center: [lon: number, lat: number]; zoom: number }): string {
	const round = (value: number, digits: number) => Number(value.toFixed(digits));
	const [lon, lat] = view.center;
	return `#${round(view.zoom, 2)}/${round(lat, 4)}/${round(lon, 4)}`;
}
