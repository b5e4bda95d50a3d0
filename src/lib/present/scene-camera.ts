/**
 * Where a scene looks: the box around the places it names, and the explore view's URL hash for
 * the same camera, so leaving a presentation keeps the audience looking at the same place.
 */
import bbox from '@turf/bbox';
import type { FeatureCollection, Position } from 'geojson';
import type { PlaceFeature, Scene } from '../briefing/types';

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

/** The smallest box holding every given box; undefined when none is given. */
export function unionBounds(...boxes: (Bounds | undefined)[]): Bounds | undefined {
	const present = boxes.filter((box): box is Bounds => box !== undefined);
	if (present.length === 0) return undefined;
	return [
		[Math.min(...present.map((b) => b[0][0])), Math.min(...present.map((b) => b[0][1]))],
		[Math.max(...present.map((b) => b[1][0])), Math.max(...present.map((b) => b[1][1]))]
	];
}

/**
 * What a scene must show whole: the places it fits and the places it highlights, and the whole
 * of the range bands it draws (their outer rings reach far beyond the places: Cairo, Jeddah).
 */
export function sceneContentBounds(
	places: readonly PlaceFeature[],
	scene: Pick<Scene, 'fitPlaces' | 'highlightPlaces'>,
	bands?: FeatureCollection
): Bounds | undefined {
	const placeBox = placesBounds(places, [...(scene.fitPlaces ?? []), ...scene.highlightPlaces]);
	if (!bands || bands.features.length === 0) return placeBox;
	const [west, south, east, north] = bbox(bands);
	return unionBounds(placeBox, [
		[west, south],
		[east, north]
	]);
}

/**
 * Room for the label of the scene's east-most place, in CSS pixels. A place's label sits right of
 * its point (the first anchor MapLibre tries), so fitting the points alone leaves the east-most
 * name cut by the screen's edge. Estimated, not measured: Noto Sans averages about 0.55 em a
 * character, a line wraps at 9 em (the label's text-max-width), and the label starts about an em
 * from the point's centre.
 */
export function eastLabelRoom(
	places: readonly PlaceFeature[],
	scene: Pick<Scene, 'fitPlaces' | 'highlightPlaces'>,
	fontPx: number
): number {
	const wanted = new Set([...(scene.fitPlaces ?? []), ...scene.highlightPlaces]);
	const points = places.filter((p) => wanted.has(p.id) && p.geometry.type === 'Point');
	if (points.length === 0) return 0;
	const lon = (p: PlaceFeature) =>
		p.geometry.type === 'Point' ? (p.geometry.coordinates[0] ?? 0) : 0;
	const east = points.reduce((a, b) => (lon(b) > lon(a) ? b : a));
	const ems = Math.min(east.properties.name.length * 0.55, 9);
	return Math.ceil((ems + 1) * fontPx);
}

/** Room kept around a scene's content on the audience screen, in CSS pixels. */
export const SCENE_MARGIN = 80;

/**
 * The camera padding of the audience screen: a margin all round, and the caption band that covers
 * the bottom of the map on top of it, so content is framed in the part of the screen left free.
 */
export function scenePadding(captionHeight: number, margin = SCENE_MARGIN) {
	return { top: margin, right: margin, bottom: captionHeight + margin, left: margin };
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
