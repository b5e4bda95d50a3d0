/**
 * Where the explore view's range bands start when a page opens: the place or coordinates a link
 * names, or the briefing's launch place. One rule for the page and for the server, which
 * measures the reach list's distances from the same point before the page is sent.
 */
import { launchPlace, type PointPlace } from '../briefing/launch-place';
import type { Briefing } from '../briefing/types';
import type { LonLat } from '../geo/geodesic';

/** A launch point or an end of a measured line: a place of the briefing, or any position. */
export interface MapPoint {
	position: LonLat;
	placeId?: string;
}

/** Longitude into [-180, 180), so a point dragged across a world copy stays the same point. */
export function wrapLon(lon: number): number {
	return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** "51.577,33.895": a dragged launch point, short enough for a link, to about 100 m. */
export function formatLonLat([lon, lat]: LonLat): string {
	const round = (value: number) => String(Math.round(value * 1000) / 1000);
	return `${round(lon)},${round(lat)}`;
}

/** A point place as a map point, or undefined if there is none with that id. */
export function placePoint(places: readonly PointPlace[], placeId: string): MapPoint | undefined {
	const place = places.find((p) => p.placeId === placeId);
	return place && { position: place.position, placeId: place.placeId };
}

/** The origin a link's `origin` value names (a place id or "lon,lat"), if it is a usable one. */
export function readOrigin(
	places: readonly PointPlace[],
	value: string | undefined
): MapPoint | undefined {
	if (!value) return undefined;
	const place = placePoint(places, value);
	if (place) return place;
	const [lon, lat] = value.split(',').map(Number);
	if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat))
		return undefined;
	if (Math.abs(lat) > 90) return undefined;
	return { position: [wrapLon(lon), lat] };
}

/** The briefing's launch place as a map point; the null island when it has none. */
export function defaultOrigin(briefing: Briefing): MapPoint {
	const launch = launchPlace(briefing);
	return launch ? { position: launch.position, placeId: launch.placeId } : { position: [0, 0] };
}
