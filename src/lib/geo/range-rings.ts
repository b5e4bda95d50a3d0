/**
 * Range rings as GeoJSON: the region within a geodesic distance of an origin (a disc), the region
 * between two distances (an annulus, for a low–high figure), and the outline to stroke.
 *
 * Geometries follow RFC 7946: closed rings, exteriors anticlockwise and holes clockwise,
 * longitudes in [-180, 180]. A ring that crosses the antimeridian becomes a MultiPolygon cut
 * at ±180; a ring around a pole is closed along the pole edge so its fill covers the polar cap.
 * Outlines are the ring's own arcs only: the antimeridian and pole edges that close a polygon are
 * never stroked.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { LonLat } from './geodesic';
import {
	assemblePolygons,
	reverseRingPieces,
	ringPiecesToLines,
	type RingPieces
} from './antimeridian';
import {
	cutCircleAtAntimeridian,
	traceGeodesicCircle,
	type CircleDensity
} from './geodesic-circle';

export type AreaGeometry = Polygon | MultiPolygon;
export type OutlineGeometry = LineString | MultiLineString;

/** Cut pieces of a circle, clockwise on the ground (as traced), shared by discs, bands and outlines. */
export function cutRangeCircle(
	origin: LonLat,
	radiusKm: number,
	density?: CircleDensity
): RingPieces {
	return cutCircleAtAntimeridian(traceGeodesicCircle(origin, radiusKm * 1000, density));
}

function toAreaGeometry(polygons: LonLat[][][]): AreaGeometry {
	return polygons.length === 1
		? { type: 'Polygon', coordinates: polygons[0] as LonLat[][] }
		: { type: 'MultiPolygon', coordinates: polygons };
}

/** The disc inside a cut circle (pieces clockwise on the ground, as traced). */
export function discFromPieces(circle: RingPieces): AreaGeometry {
	return toAreaGeometry(assemblePolygons([reverseRingPieces(circle)]));
}

/** The band between two cut circles, `inner` wholly inside `outer`; both clockwise, as traced. */
export function annulusFromPieces(outer: RingPieces, inner: RingPieces): AreaGeometry {
	return toAreaGeometry(assemblePolygons([reverseRingPieces(outer), inner]));
}

/** The strokes of a cut circle. */
export function outlineFromPieces(circle: RingPieces): OutlineGeometry {
	const lines = ringPiecesToLines(circle);
	return lines.length === 1
		? { type: 'LineString', coordinates: lines[0] as LonLat[] }
		: { type: 'MultiLineString', coordinates: lines };
}

/**
 * The region within `radiusKm` of `origin` along the WGS84 ellipsoid, for a single-figure range
 * or a fill under a band. See `geodesic-circle.ts` for how densely it is traced.
 */
export function buildRangeRing(
	origin: LonLat,
	radiusKm: number,
	density?: CircleDensity
): AreaGeometry {
	return discFromPieces(cutRangeCircle(origin, radiusKm, density));
}

/** The line to stroke for a ring: a MultiLineString when cut at the antimeridian. */
export function buildRangeRingOutline(
	origin: LonLat,
	radiusKm: number,
	density?: CircleDensity
): OutlineGeometry {
	return outlineFromPieces(cutRangeCircle(origin, radiusKm, density));
}

/**
 * The region between `innerKm` and `outerKm` of `origin`: where a reported low–high range may or
 * may not reach. The inner disc is a hole, or a notch where the band is cut at the antimeridian.
 */
export function buildRangeAnnulus(
	origin: LonLat,
	innerKm: number,
	outerKm: number,
	density?: CircleDensity
): AreaGeometry {
	if (!(innerKm < outerKm)) throw new RangeError(`Band ${innerKm}–${outerKm} km is empty.`);
	const outer = cutRangeCircle(origin, outerKm, density);
	if (innerKm <= 0) return discFromPieces(outer);
	return annulusFromPieces(outer, cutRangeCircle(origin, innerKm, density));
}
