/**
 * A camera that shows a set of points: the centre of their bounding box and a zoom at which the
 * box fits a typical screen. Used for a new briefing's default view, before an editor sets one.
 */
import type { CameraView } from '../briefing/types';

/** Whole world when there is nothing to fit. */
const WORLD: CameraView = { center: [20, 30], zoom: 1.5 };

/** Zoom at which `spanDegrees` of longitude fills about 1000 px (512 px tiles). */
function zoomForSpan(spanDegrees: number): number {
	const zoom = Math.log2((360 / Math.max(spanDegrees, 0.05)) * (1000 / 512)) - 0.6;
	return Math.round(Math.min(9, Math.max(1, zoom)) * 10) / 10;
}

export function fitPoints(points: ReadonlyArray<readonly [lon: number, lat: number]>): CameraView {
	if (points.length === 0) return WORLD;
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	const [west, east] = [Math.min(...lons), Math.max(...lons)];
	const [south, north] = [Math.min(...lats), Math.max(...lats)];
	const span = Math.max(east - west, (north - south) * 1.6);
	const round = (n: number) => Math.round(n * 1000) / 1000;
	return {
		center: [round((west + east) / 2), round((south + north) / 2)],
		zoom: zoomForSpan(span)
	};
}
