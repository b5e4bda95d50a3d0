/**
 * Geodesics on the WGS84 ellipsoid, through GeographicLib (Karney 2013), which solves both
 * geodesic problems to round-off (about 15 nm): ranges and distances in briefings are only as
 * honest as the maths under them, so nothing here uses a spherical approximation.
 *
 * Positions are GeoJSON order, `[lon, lat]` in degrees; GeographicLib's own API takes
 * `(lat, lon)`, and this module is the one place that swaps them.
 */
import geographiclib from 'geographiclib-geodesic';

const { Geodesic, GeodesicLine } = geographiclib;
const wgs84 = Geodesic.WGS84;

/** A position in GeoJSON order: longitude, then latitude, in degrees. */
export type LonLat = [lon: number, lat: number];

/** Metres in one international nautical mile. */
export const METRES_PER_NAUTICAL_MILE = 1852;

/** Where a geodesic leaving a point arrives. */
export interface DirectSolution {
	/** Longitude normalised to [-180, 180]. */
	position: LonLat;
	/** Azimuth of the geodesic on arrival, degrees clockwise from north. */
	finalAzimuthDeg: number;
}

/** The shortest path between two points. */
export interface InverseSolution {
	distanceM: number;
	/** Azimuth on leaving the first point, degrees clockwise from north, in (-180, 180]. */
	initialAzimuthDeg: number;
	/** Azimuth on arriving at the second point, degrees clockwise from north, in (-180, 180]. */
	finalAzimuthDeg: number;
}

/** A position on a geodesic whose longitude keeps counting past ±180 (it is continuous along the path). */
export interface UnrolledPosition {
	lon: number;
	lat: number;
}

/** One geodesic, set up once so that many positions along it are cheap. */
export interface GeodesicPath {
	/** The point `distanceM` along the path from its start (negative goes backwards). */
	positionAt(distanceM: number): UnrolledPosition;
}

/**
 * The direct problem: the point `distanceM` from `origin` leaving on `azimuthDeg`.
 * Used to place ring vertices and test points at an exact distance.
 */
export function solveDirect(origin: LonLat, azimuthDeg: number, distanceM: number): DirectSolution {
	const result = wgs84.Direct(
		origin[1],
		origin[0],
		azimuthDeg,
		distanceM,
		Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.AZIMUTH
	);
	return {
		position: [result.lon2 as number, result.lat2 as number],
		finalAzimuthDeg: result.azi2 as number
	};
}

/**
 * The inverse problem: distance and azimuths of the shortest path between two points.
 * The reference every range test in the app is measured against.
 */
export function solveInverse(from: LonLat, to: LonLat): InverseSolution {
	const result = wgs84.Inverse(
		from[1],
		from[0],
		to[1],
		to[0],
		Geodesic.DISTANCE | Geodesic.AZIMUTH
	);
	return {
		distanceM: result.s12 as number,
		initialAzimuthDeg: result.azi1 as number,
		finalAzimuthDeg: result.azi2 as number
	};
}

/** Geodesic distance in metres, without the azimuths (slightly cheaper than {@link solveInverse}). */
export function geodesicDistanceM(from: LonLat, to: LonLat): number {
	return wgs84.Inverse(from[1], from[0], to[1], to[0], Geodesic.DISTANCE).s12 as number;
}

/**
 * The geodesic leaving `origin` on `azimuthDeg`. Rings of several radii share one azimuth grid,
 * so each ray is set up once and asked for every radius: about 2.5 times cheaper than solving
 * the direct problem afresh for every vertex.
 */
export function castGeodesicRay(origin: LonLat, azimuthDeg: number): GeodesicPath {
	const line = new GeodesicLine.GeodesicLine(
		wgs84,
		origin[1],
		origin[0],
		azimuthDeg,
		Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.DISTANCE_IN
	);
	return {
		positionAt(distanceM) {
			const p = line.Position(
				distanceM,
				Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL
			);
			return { lon: p.lon2 as number, lat: p.lat2 as number };
		}
	};
}

/** The shortest path from `from` to `to`, with its length and azimuths, ready to be sampled. */
export function connectGeodesic(from: LonLat, to: LonLat): GeodesicPath & InverseSolution {
	const solution = solveInverse(from, to);
	const line = wgs84.InverseLine(
		from[1],
		from[0],
		to[1],
		to[0],
		Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.DISTANCE_IN
	);
	return {
		...solution,
		positionAt(distanceM) {
			const p = line.Position(
				distanceM,
				Geodesic.LATITUDE | Geodesic.LONGITUDE | Geodesic.LONG_UNROLL
			);
			return { lon: p.lon2 as number, lat: p.lat2 as number };
		}
	};
}
