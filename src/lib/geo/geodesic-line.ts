/**
 * The distance tool's line: the shortest path between two points on the WGS84 ellipsoid, drawn
 * as the curve it really is and cut at the antimeridian. A straight segment on a Mercator map is
 * a rhumb line, not the shortest path: from Kashan Airfield to Kyiv (2,514 km) it strays up to
 * 79 km from the geodesic, and from New York to Paris up to 770 km.
 */
import type { LineString, MultiLineString } from 'geojson';
import { connectGeodesic, METRES_PER_NAUTICAL_MILE, type LonLat } from './geodesic';
import {
	cutPathAtAntimeridian,
	solveAntimeridianLatitude,
	wrapLongitude,
	wrapLongitudeDelta
} from './antimeridian';

export interface GeodesicLineOptions {
	/** Longest segment between vertices, km. Default 25: under a pixel off the curve at city zoom. */
	maxSegmentKm?: number;
	/** Largest longitude or latitude change between vertices, degrees (near the poles). Default 2. */
	maxCoordinateStepDeg?: number;
}

export interface GeodesicLine {
	geometry: LineString | MultiLineString;
	distanceM: number;
	distanceKm: number;
	distanceNm: number;
	/** Bearing on leaving `from`, degrees clockwise from true north, in [0, 360). */
	initialBearingDeg: number;
	/** Bearing on arriving at `to`, degrees clockwise from true north, in [0, 360). */
	finalBearingDeg: number;
}

const MAX_REFINEMENT_DEPTH = 10;

function toBearing(azimuthDeg: number): number {
	const bearing = ((azimuthDeg % 360) + 360) % 360;
	return bearing === 360 ? 0 : bearing;
}

/**
 * The geodesic from `from` to `to`, densified so it draws as a smooth curve, with its length in
 * metres, kilometres and nautical miles (the units briefings quote) and its bearings.
 */
export function buildGeodesicLine(
	from: LonLat,
	to: LonLat,
	options: GeodesicLineOptions = {}
): GeodesicLine {
	const maxSegmentM = (options.maxSegmentKm ?? 25) * 1000;
	const maxStepDeg = options.maxCoordinateStepDeg ?? 2;
	const path = connectGeodesic(from, to);
	const total = path.distanceM;
	const at = (s: number): LonLat => {
		const p = path.positionAt(s);
		return [wrapLongitude(p.lon), p.lat];
	};

	const segments = Math.max(1, Math.ceil(total / maxSegmentM));
	const stations: number[] = [];
	const points: LonLat[] = [];
	const push = (s: number, point: LonLat) => {
		stations.push(s);
		points.push(point);
	};
	const refine = (sA: number, a: LonLat, sB: number, b: LonLat, depth: number) => {
		const coarse =
			Math.abs(wrapLongitudeDelta(b[0] - a[0])) > maxStepDeg || Math.abs(b[1] - a[1]) > maxStepDeg;
		if (!coarse || depth >= MAX_REFINEMENT_DEPTH) return;
		const sM = (sA + sB) / 2;
		const m = at(sM);
		refine(sA, a, sM, m, depth + 1);
		push(sM, m);
		refine(sM, m, sB, b, depth + 1);
	};
	let previous: LonLat = [wrapLongitude(from[0]), from[1]];
	push(0, previous);
	for (let k = 1; k <= segments; k++) {
		const s = (total * k) / segments;
		// The last vertex is `to` itself, not a solution that lands a few nanometres off it.
		const point: LonLat = k === segments ? [wrapLongitude(to[0]), to[1]] : at(s);
		refine(stations[stations.length - 1] as number, previous, s, point, 0);
		push(s, point);
		previous = point;
	}

	const parts = cutPathAtAntimeridian(points, (i, j, fromPoint, sideLon) =>
		solveAntimeridianLatitude(at, stations[i] as number, stations[j] as number, fromPoint, sideLon)
	);
	// From a point to itself the path is empty; a two-position LineString keeps the GeoJSON valid.
	const geometry: LineString | MultiLineString =
		parts.length > 1
			? { type: 'MultiLineString', coordinates: parts }
			: { type: 'LineString', coordinates: parts[0] ?? [points[0] as LonLat, points[0] as LonLat] };
	return {
		geometry,
		distanceM: total,
		distanceKm: total / 1000,
		distanceNm: total / METRES_PER_NAUTICAL_MILE,
		initialBearingDeg: toBearing(path.initialAzimuthDeg),
		finalBearingDeg: toBearing(path.finalAzimuthDeg)
	};
}
