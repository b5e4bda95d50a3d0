/**
 * Whether a GeoJSON geometry meets a longitude/latitude box, and the bounds of a set of
 * geometries. Planar in degrees, as `bbox` filtering in OGC API Features is defined on CRS84
 * coordinates; exact for points, lines and polygons (with holes), not a bounding-box guess, so a
 * country polygon is not returned for a box that only touches its envelope.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Geometry, Position } from 'geojson';
import type { LonLatBox } from './bbox';

/** True when the geometry meets any of the boxes; a null geometry meets none. */
export function geometryIntersects(
	geometry: Geometry | null,
	boxes: readonly LonLatBox[]
): boolean {
	if (geometry === null) return false;
	return boxes.some((box) => intersectsBox(geometry, box));
}

function intersectsBox(geometry: Geometry, box: LonLatBox): boolean {
	switch (geometry.type) {
		case 'Point':
			return pointInBox(geometry.coordinates, box);
		case 'MultiPoint':
			return geometry.coordinates.some((p) => pointInBox(p, box));
		case 'LineString':
			return lineIntersects(geometry.coordinates, box);
		case 'MultiLineString':
			return geometry.coordinates.some((line) => lineIntersects(line, box));
		case 'Polygon':
			return polygonIntersects(geometry.coordinates, box);
		case 'MultiPolygon':
			return geometry.coordinates.some((polygon) => polygonIntersects(polygon, box));
		case 'GeometryCollection':
			return geometry.geometries.some((member) => intersectsBox(member, box));
	}
}

function pointInBox(p: Position, box: LonLatBox): boolean {
	const [lon, lat] = p as [number, number];
	return lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

function lineIntersects(line: Position[], box: LonLatBox): boolean {
	if (line.length === 1) return pointInBox(line[0]!, box);
	for (let i = 1; i < line.length; i++) {
		if (segmentIntersects(line[i - 1]!, line[i]!, box)) return true;
	}
	return false;
}

/** Liang–Barsky clipping: does any part of the segment a→b lie inside the box? */
function segmentIntersects(a: Position, b: Position, box: LonLatBox): boolean {
	const [x0, y0] = a as [number, number];
	const [x1, y1] = b as [number, number];
	const dx = x1 - x0;
	const dy = y1 - y0;
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, x0 - box.west],
		[dx, box.east - x0],
		[-dy, y0 - box.south],
		[dy, box.north - y0]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) {
			if (t > t1) return false;
			if (t > t0) t0 = t;
		} else {
			if (t < t0) return false;
			if (t < t1) t1 = t;
		}
	}
	return true;
}

function polygonIntersects(rings: Position[][], box: LonLatBox): boolean {
	// An edge in the box covers every case but one: the box lying wholly inside the polygon.
	if (rings.some((ring) => lineIntersects(ring, box))) return true;
	if (rings.length === 0) return false;
	return booleanPointInPolygon([box.west, box.south], { type: 'Polygon', coordinates: rings });
}

/** [west, south, east, north] over all coordinates, or null when there are none. */
export function geometryBounds(
	geometries: Iterable<Geometry | null>
): [number, number, number, number] | null {
	let bounds: [number, number, number, number] | null = null;
	const visit = (p: Position) => {
		const [lon, lat] = p as [number, number];
		if (bounds === null) bounds = [lon, lat, lon, lat];
		else {
			bounds[0] = Math.min(bounds[0], lon);
			bounds[1] = Math.min(bounds[1], lat);
			bounds[2] = Math.max(bounds[2], lon);
			bounds[3] = Math.max(bounds[3], lat);
		}
	};
	for (const geometry of geometries) if (geometry) eachPosition(geometry, visit);
	return bounds;
}

function eachPosition(geometry: Geometry, visit: (p: Position) => void): void {
	switch (geometry.type) {
		case 'Point':
			visit(geometry.coordinates);
			return;
		case 'MultiPoint':
		case 'LineString':
			geometry.coordinates.forEach(visit);
			return;
		case 'MultiLineString':
		case 'Polygon':
			geometry.coordinates.forEach((line) => line.forEach(visit));
			return;
		case 'MultiPolygon':
			geometry.coordinates.forEach((polygon) => polygon.forEach((ring) => ring.forEach(visit)));
			return;
		case 'GeometryCollection':
			geometry.geometries.forEach((member) => eachPosition(member, visit));
	}
}
