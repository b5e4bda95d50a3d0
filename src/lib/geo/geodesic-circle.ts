/**
 * Geodesic circles: the points at one geodesic distance from an origin on the WGS84 ellipsoid,
 * as a dense list of vertices ready to become rings.
 *
 * ## How dense
 *
 * Vertices sit on a regular azimuth grid. The grid has the larger of
 * - 360 / `maxAzimuthStepDeg` vertices (default 1°): the gap between a chord and the arc it
 *   replaces is r·(1 − cos(step/2)), about 4·10⁻⁵ of the radius at 1°, which is 0.02 px on a ring
 *   drawn 1,000 px across and still under a pixel at 4K when zoomed until the ring is 20 times the
 *   screen: a fixed angular step looks equally smooth at every zoom;
 * - circumference / `maxSegmentKm` vertices (default 50 km): on a Mercator map (or a globe) the
 *   ring is no longer a circle, and short segments keep straight screen segments on the curve.
 *   With the defaults this only adds vertices to rings wider than about 2,860 km.
 *
 * The count is rounded up to a multiple of 4 so the four cardinal directions are vertices. Where
 * a ring runs close to a pole, longitude changes fast between grid points; an edge whose
 * longitude or latitude change exceeds `maxCoordinateStepDeg` (default 2°) is halved in azimuth,
 * recursively, so the ring stays smooth on the projected map around the pole.
 *
 * Two symmetries of the ellipsoid save work: the half of a circle west of the origin's meridian
 * mirrors the east half, so only half the geodesics are solved; and a circle's shape depends on
 * the origin's latitude alone, so a traced circle is reused while the origin moves due east or
 * west (the range-band builder does this).
 */
import { castGeodesicRay, type LonLat } from './geodesic';
import {
	cutRingAtAntimeridian,
	solveAntimeridianLatitude,
	wrapLongitude,
	wrapLongitudeDelta,
	type RingPieces
} from './antimeridian';

/** How densely rings are traced; see the module comment for the defaults and why. */
export interface CircleDensity {
	/** Largest azimuth step between neighbouring vertices, degrees. Default 1. */
	maxAzimuthStepDeg?: number;
	/** Largest distance between neighbouring vertices along the ring, km. Default 50. */
	maxSegmentKm?: number;
	/** Largest longitude or latitude change between neighbouring vertices, degrees. Default 2. */
	maxCoordinateStepDeg?: number;
}

/** A circle traced around an origin latitude, with longitudes relative to the origin's. */
export interface CircleTemplate {
	originLat: number;
	radiusM: number;
	/** Azimuth of each vertex, degrees clockwise from north, increasing in [0, 360). */
	azimuths: number[];
	/** Longitude of each vertex minus the origin's (not wrapped). */
	lonOffsets: number[];
	lats: number[];
}

/** A circle placed around an origin: vertices clockwise on the ground, not closed. */
export interface TracedCircle {
	origin: LonLat;
	radiusM: number;
	azimuths: number[];
	/** Longitudes in [-180, 180). */
	points: LonLat[];
}

/** Radii from this length up could enclose both poles, where the cutting in this library does not hold. */
export const MAX_RADIUS_M = 10_000_000;

const MEAN_EARTH_RADIUS_KM = 6371.0088;
const MAX_VERTICES = 8192;
const MAX_REFINEMENT_DEPTH = 8;

/** Vertices on the azimuth grid of a circle of `radiusM`, by the rule in the module comment. */
export function circleVertexCount(radiusM: number, density: CircleDensity = {}): number {
	const maxAzimuthStepDeg = density.maxAzimuthStepDeg ?? 1;
	const maxSegmentKm = density.maxSegmentKm ?? 50;
	const radiusKm = radiusM / 1000;
	const circumferenceKm =
		2 *
		Math.PI *
		MEAN_EARTH_RADIUS_KM *
		Math.sin(Math.min(radiusKm / MEAN_EARTH_RADIUS_KM, Math.PI / 2));
	const count = Math.max(
		Math.ceil(360 / maxAzimuthStepDeg),
		Math.ceil(circumferenceKm / maxSegmentKm)
	);
	return Math.min(MAX_VERTICES, Math.ceil(count / 4) * 4);
}

function assertTraceable(originLat: number, radiusM: number): void {
	if (!(Math.abs(originLat) <= 90))
		throw new RangeError(`Latitude ${originLat} is outside [-90, 90].`);
	if (!(radiusM > 0 && radiusM < MAX_RADIUS_M)) {
		throw new RangeError(`Ring radius ${radiusM} m must be above 0 and below ${MAX_RADIUS_M} m.`);
	}
}

function insertRefinements(template: CircleTemplate, maxStepDeg: number): CircleTemplate {
	const { azimuths, lonOffsets, lats, originLat, radiusM } = template;
	const out: CircleTemplate = { originLat, radiusM, azimuths: [], lonOffsets: [], lats: [] };
	const tooCoarse = (lonA: number, latA: number, lonB: number, latB: number) =>
		Math.abs(wrapLongitudeDelta(lonB - lonA)) > maxStepDeg || Math.abs(latB - latA) > maxStepDeg;
	const refine = (
		azA: number,
		lonA: number,
		latA: number,
		azB: number,
		lonB: number,
		latB: number,
		depth: number
	) => {
		if (depth >= MAX_REFINEMENT_DEPTH || !tooCoarse(lonA, latA, lonB, latB)) return;
		const azM = (azA + azB) / 2;
		const m = castGeodesicRay([0, originLat], azM).positionAt(radiusM);
		refine(azA, lonA, latA, azM, m.lon, m.lat, depth + 1);
		out.azimuths.push(azM);
		out.lonOffsets.push(m.lon);
		out.lats.push(m.lat);
		refine(azM, m.lon, m.lat, azB, lonB, latB, depth + 1);
	};
	const n = azimuths.length;
	for (let k = 0; k < n; k++) {
		const next = (k + 1) % n;
		out.azimuths.push(azimuths[k] as number);
		out.lonOffsets.push(lonOffsets[k] as number);
		out.lats.push(lats[k] as number);
		refine(
			azimuths[k] as number,
			lonOffsets[k] as number,
			lats[k] as number,
			next === 0 ? 360 : (azimuths[next] as number),
			lonOffsets[next] as number,
			lats[next] as number,
			0
		);
	}
	return out;
}

/**
 * Traces circles of several radii around an origin latitude on one shared azimuth grid (as dense
 * as the widest circle needs), so each geodesic from the origin is set up once for all radii.
 * The result does not depend on the origin's longitude: cache it while an origin moves east–west.
 */
export function traceCircleTemplates(
	originLat: number,
	radiiM: readonly number[],
	density: CircleDensity = {}
): CircleTemplate[] {
	for (const radiusM of radiiM) assertTraceable(originLat, radiusM);
	const n = Math.max(4, ...radiiM.map((radiusM) => circleVertexCount(radiusM, density)));
	const half = n / 2;
	const templates: CircleTemplate[] = radiiM.map((radiusM) => ({
		originLat,
		radiusM,
		azimuths: new Array<number>(n),
		lonOffsets: new Array<number>(n),
		lats: new Array<number>(n)
	}));
	for (let k = 0; k <= half; k++) {
		const azimuth = (k * 360) / n;
		const ray = castGeodesicRay([0, originLat], azimuth);
		for (const template of templates) {
			const p = ray.positionAt(template.radiusM);
			template.azimuths[k] = azimuth;
			template.lonOffsets[k] = p.lon;
			template.lats[k] = p.lat;
			if (k === 0 || k === half) continue;
			// The geodesic at azimuth −a is the mirror image of the one at a.
			template.azimuths[n - k] = 360 - azimuth;
			template.lonOffsets[n - k] = -p.lon;
			template.lats[n - k] = p.lat;
		}
	}
	const maxStepDeg = density.maxCoordinateStepDeg ?? 2;
	return templates.map((template) => insertRefinements(template, maxStepDeg));
}

/** Places a template around an origin whose latitude it was traced for. */
export function placeCircle(template: CircleTemplate, originLon: number): TracedCircle {
	const { azimuths, lonOffsets, lats } = template;
	const points: LonLat[] = new Array(lonOffsets.length);
	for (let k = 0; k < lonOffsets.length; k++) {
		points[k] = [wrapLongitude(originLon + (lonOffsets[k] as number)), lats[k] as number];
	}
	return { origin: [originLon, template.originLat], radiusM: template.radiusM, azimuths, points };
}

/**
 * The circle of `radiusM` around `origin`: vertices at exactly that geodesic distance,
 * clockwise on the ground, not closed.
 */
export function traceGeodesicCircle(
	origin: LonLat,
	radiusM: number,
	density: CircleDensity = {}
): TracedCircle {
	const [template] = traceCircleTemplates(origin[1], [radiusM], density);
	return placeCircle(template as CircleTemplate, origin[0]);
}

/**
 * Cuts a traced circle at the antimeridian, placing each cut point on the circle itself by
 * solving for the azimuth where the circle meets ±180.
 */
export function cutCircleAtAntimeridian(circle: TracedCircle): RingPieces {
	const { origin, radiusM, azimuths, points } = circle;
	const curve = (azimuth: number): LonLat => {
		const p = castGeodesicRay(origin, azimuth).positionAt(radiusM);
		return [wrapLongitude(p.lon), p.lat];
	};
	return cutRingAtAntimeridian(points, (from, to, fromPoint, sideLon) => {
		const fromAzimuth = azimuths[from] as number;
		// The closing edge runs from just below 360° to 0°: keep its azimuths increasing.
		const toAzimuth = fromAzimuth + wrapLongitudeDelta((azimuths[to] as number) - fromAzimuth);
		return solveAntimeridianLatitude(curve, fromAzimuth, toAzimuth, fromPoint, sideLon);
	});
}
