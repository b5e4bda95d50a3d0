/**
 * Where the name of a country the story is about goes: the centroid (area-weighted, in the
 * lon/lat plane) of the part of the country's polygon that the briefing's default view shows.
 * For a country wholly in view (Iran, Ukraine) that is the centroid of the country; for one that
 * reaches far beyond it (Russia), the name sits on the part the reader sees, not in Siberia.
 *
 * The view is the default view as the explore map shows it on a 1280×800 screen (a map of
 * 800×550 CSS pixels); `countryCode` places keep this point as their coordinates, and a spec
 * checks every briefing's country places against it.
 */
import { bboxClip } from '@turf/bbox-clip';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type LonLatBox = [west: number, south: number, east: number, north: number];

/** The map size the default view is framed for: the explore map on a 1280×800 screen. */
export const REFERENCE_MAP_SIZE: readonly [width: number, height: number] = [800, 550];

const TILE_SIZE = 512;
const RADIANS = Math.PI / 180;

/** The box a web-mercator map of `size` CSS pixels shows at `center` and `zoom` (MapLibre's tiles). */
export function viewBounds(
	center: readonly [number, number],
	zoom: number,
	size: readonly [number, number] = REFERENCE_MAP_SIZE
): LonLatBox {
	const world = TILE_SIZE * 2 ** zoom;
	const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));
	const lat = (mercatorY: number) => (2 * Math.atan(Math.exp(mercatorY)) - Math.PI / 2) / RADIANS;
	const halfLon = (size[0] / 2 / world) * 360;
	const halfY = (size[1] / 2 / world) * 2 * Math.PI;
	const centreY = y(center[1]);
	return [center[0] - halfLon, lat(centreY - halfY), center[0] + halfLon, lat(centreY + halfY)];
}

/** Area-weighted centroid of polygons in the plane; holes count negatively. */
function planarCentroid(polygons: Position[][][]): [number, number] {
	let area = 0;
	let x = 0;
	let y = 0;
	for (const rings of polygons) {
		for (const ring of rings) {
			for (let i = 0; i + 1 < ring.length; i++) {
				const [x0 = 0, y0 = 0] = ring[i]!;
				const [x1 = 0, y1 = 0] = ring[i + 1]!;
				const cross = x0 * y1 - x1 * y0;
				area += cross;
				x += (x0 + x1) * cross;
				y += (y0 + y1) * cross;
			}
		}
	}
	return [x / (3 * area), y / (3 * area)];
}

/** The label point of a story country in a view, or null when none of it is in the view. */
export function storyCountryLabelPoint(
	country: Polygon | MultiPolygon,
	view: LonLatBox
): [number, number] | null {
	const clipped = bboxClip<Polygon | MultiPolygon>(country, view).geometry;
	const polygons = (
		clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates
	) as Position[][][];
	const kept = polygons
		.filter((rings) => (rings[0]?.length ?? 0) >= 4)
		.map((rings) => rings.filter((ring) => ring.length >= 4));
	return kept.length > 0 ? planarCentroid(kept) : null;
}
