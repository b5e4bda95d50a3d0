/**
 * Cutting rings and paths at the antimeridian, and joining the cut pieces into RFC 7946 polygons.
 *
 * GeoJSON keeps longitudes in [-180, 180], so a shape that crosses ±180 must be cut there
 * (RFC 7946 §3.1.9); a ring drawn straight across would streak over the whole world. The cut
 * points are found on the true curve (a callback solves for them), not by interpolating
 * between vertices, so they lie exactly on the ring.
 *
 * Pieces are joined the way polygon clippers join arcs to a clip rectangle (d3-geo's
 * `clip/rejoin`): the world is the rectangle [-180, 180] × [-90, 90]; every cut arc ends on its
 * left or right edge; walking the rectangle's border anticlockwise from an arc's end leads to the
 * start of the arc that continues the same region. This one rule covers a ring split in two, a
 * ring around a pole (closed along the pole edge) and a band whose hole is cut too.
 */
import type { LonLat } from './geodesic';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { signedRingArea } from './ring-area';

/**
 * Solves for the latitude where the curve between vertices `from` and `to` meets the antimeridian.
 * `fromPoint` is vertex `from` with its longitude on `sideLon`'s side (it may be exactly ±180).
 */
export type CrossingLatitude = (
	from: number,
	to: number,
	fromPoint: LonLat,
	sideLon: 180 | -180
) => number;

/** A ring after cutting: whole when it never meets ±180, otherwise arcs that start and end on it. */
export type RingPieces = { kind: 'whole'; ring: LonLat[] } | { kind: 'arcs'; arcs: LonLat[][] };

/** A polygon's rings, closed: the exterior first, then the holes. */
export type PolygonRings = LonLat[][];

const PERIMETER = 1080;
const CORNERS: { t: number; point: LonLat }[] = [
	{ t: 0, point: [-180, -90] },
	{ t: 360, point: [180, -90] },
	{ t: 540, point: [180, 90] },
	{ t: 900, point: [-180, 90] }
];

/** Longitude wrapped into [-180, 180). */
export function wrapLongitude(lon: number): number {
	if (lon >= -180 && lon < 180) return lon;
	const wrapped = lon - 360 * Math.floor((lon + 180) / 360);
	// Rounding in the division can land a hair outside the range (179.99999999999997 → -180.00000000000003).
	if (wrapped < -180) return wrapped + 360;
	if (wrapped >= 180) return wrapped - 360;
	return wrapped;
}

/** A longitude difference wrapped into [-180, 180): the short way round. */
export function wrapLongitudeDelta(delta: number): number {
	return wrapLongitude(delta);
}

/**
 * Which side of the antimeridian each vertex is on. A vertex exactly on ±180 takes the side of the
 * vertex before it, so a ring that only touches the line is not cut there.
 */
function sidesOf(points: readonly LonLat[], closed: boolean): (1 | -1)[] {
	const n = points.length;
	const sides: (1 | -1)[] = new Array(n);
	let start = points.findIndex(([lon]) => Math.abs(lon) < 180);
	if (start < 0) start = 0;
	let previous: 1 | -1 = (points[start] as LonLat)[0] < 0 ? -1 : 1;
	const steps = closed ? n : n - start;
	for (let step = 0; step < steps; step++) {
		const i = (start + step) % n;
		const lon = (points[i] as LonLat)[0];
		const side: 1 | -1 = Math.abs(lon) < 180 ? (lon < 0 ? -1 : 1) : previous;
		sides[i] = side;
		previous = side;
	}
	// An open path whose first vertices sit on ±180: they take the side of the first vertex off it.
	for (let i = start - 1; !closed && i >= 0; i--) sides[i] = sides[i + 1] as 1 | -1;
	return sides;
}

function appendDistinct(path: LonLat[], point: LonLat): void {
	const last = path[path.length - 1];
	if (last && last[0] === point[0] && last[1] === point[1]) return;
	path.push(point);
}

function placeOnSide(point: LonLat, side: 1 | -1): LonLat {
	return Math.abs(point[0]) === 180 ? [side * 180, point[1]] : point;
}

/** Two vertices already placed on their sides cross the antimeridian when they are more than 180° apart. */
function crosses(a: LonLat, b: LonLat): boolean {
	return Math.abs(a[0] - b[0]) > 180;
}

/**
 * Cuts a ring (vertices in order, not closed, lon in [-180, 180]) where it crosses the antimeridian.
 * Assumes neighbouring vertices are less than 180° of longitude apart along the true curve,
 * which dense rings guarantee.
 */
export function cutRingAtAntimeridian(
	points: readonly LonLat[],
	crossingLatitude: CrossingLatitude
): RingPieces {
	const n = points.length;
	const sides = sidesOf(points, true);
	const at = (i: number): LonLat => placeOnSide(points[i] as LonLat, sides[i] as 1 | -1);
	const isCrossing = (i: number): boolean => {
		const j = (i + 1) % n;
		return crosses(at(i), at(j));
	};
	let first = -1;
	for (let i = 0; i < n && first < 0; i++) if (isCrossing(i)) first = i;
	if (first < 0) return { kind: 'whole', ring: points.map((_, i) => at(i)) };

	const arcs: LonLat[][] = [];
	const openingSideI = sides[first] as 1 | -1;
	const openingLat = crossingLatitude(
		first,
		(first + 1) % n,
		at(first),
		(openingSideI * 180) as 180 | -180
	);
	let arc: LonLat[] = [[-openingSideI * 180, openingLat]];
	for (let step = 1; step <= n; step++) {
		const j = (first + step) % n;
		appendDistinct(arc, at(j));
		if (step === n) break;
		if (!isCrossing(j)) continue;
		const side = sides[j] as 1 | -1;
		const lat = crossingLatitude(j, (j + 1) % n, at(j), (side * 180) as 180 | -180);
		appendDistinct(arc, [side * 180, lat]);
		arcs.push(arc);
		arc = [[-side * 180, lat]];
	}
	appendDistinct(arc, [openingSideI * 180, openingLat]);
	arcs.push(arc);
	return { kind: 'arcs', arcs };
}

/**
 * Cuts an open path (lon in [-180, 180]) into parts at each antimeridian crossing, for drawing
 * a line that leaves the map on one side and comes back on the other.
 */
export function cutPathAtAntimeridian(
	points: readonly LonLat[],
	crossingLatitude: CrossingLatitude
): LonLat[][] {
	const sides = sidesOf(points, false);
	const at = (i: number): LonLat => placeOnSide(points[i] as LonLat, sides[i] as 1 | -1);
	const parts: LonLat[][] = [];
	let part: LonLat[] = [at(0)];
	for (let i = 0; i + 1 < points.length; i++) {
		const a = at(i);
		const b = at(i + 1);
		const sideA = sides[i] as 1 | -1;
		const sideB = sides[i + 1] as 1 | -1;
		if (crosses(a, b)) {
			const lat = crossingLatitude(i, i + 1, a, (sideA * 180) as 180 | -180);
			appendDistinct(part, [sideA * 180, lat]);
			parts.push(part);
			part = [[sideB * 180, lat]];
		}
		appendDistinct(part, b);
	}
	parts.push(part);
	return parts.filter((p) => p.length >= 2);
}

/** The same pieces traversed the other way round: turns an exterior into a hole and back. */
export function reverseRingPieces(pieces: RingPieces): RingPieces {
	if (pieces.kind === 'whole') return { kind: 'whole', ring: [...pieces.ring].reverse() };
	return { kind: 'arcs', arcs: pieces.arcs.map((arc) => [...arc].reverse()).reverse() };
}

/** Lines to stroke a cut ring: the arcs only, never the antimeridian or pole edges that close them. */
export function ringPiecesToLines(pieces: RingPieces): LonLat[][] {
	if (pieces.kind === 'whole') return [closeRing(pieces.ring)];
	return pieces.arcs.map((arc) => [...arc]);
}

function closeRing(ring: readonly LonLat[]): LonLat[] {
	const first = ring[0] as LonLat;
	const last = ring[ring.length - 1] as LonLat;
	return first[0] === last[0] && first[1] === last[1] ? [...ring] : [...ring, first];
}

/** Position of a point on the world rectangle's border, measured anticlockwise from the south-west corner. */
function borderPosition([lon, lat]: LonLat): number {
	if (lon === 180) return 360 + (lat + 90);
	if (lon === -180) return 900 + (90 - lat);
	if (lat === -90) return lon + 180;
	return 540 + (180 - lon);
}

function anticlockwiseGap(from: number, to: number): number {
	return (((to - from) % PERIMETER) + PERIMETER) % PERIMETER;
}

/** Walks arcs and the world's border into closed exterior rings. */
function joinArcs(arcs: readonly LonLat[][]): LonLat[][] {
	const ends = arcs.map((arc) => ({
		arc,
		start: borderPosition(arc[0] as LonLat),
		end: borderPosition(arc[arc.length - 1] as LonLat)
	}));
	const unused = new Set(ends);
	const rings: LonLat[][] = [];
	for (const first of ends) {
		if (!unused.has(first)) continue;
		unused.delete(first);
		const ring: LonLat[] = [...first.arc];
		let current = first;
		for (;;) {
			let next = first;
			let bestGap = anticlockwiseGap(current.end, first.start);
			for (const candidate of unused) {
				const gap = anticlockwiseGap(current.end, candidate.start);
				if (gap < bestGap) {
					bestGap = gap;
					next = candidate;
				}
			}
			const corners = CORNERS.map((corner) => ({
				gap: anticlockwiseGap(current.end, corner.t),
				point: corner.point
			}))
				.filter((corner) => corner.gap > 0 && corner.gap < bestGap)
				.sort((a, b) => a.gap - b.gap);
			for (const corner of corners) appendDistinct(ring, corner.point);
			if (next === first) break;
			unused.delete(next);
			for (const point of next.arc) appendDistinct(ring, point);
			current = next;
		}
		rings.push(closeRing(ring));
	}
	return rings;
}

/**
 * Joins cut rings into polygons. Every input ring must keep the region on its left (exteriors
 * anticlockwise, holes clockwise on the ground); uncut rings are told apart by their winding.
 * Returns closed rings, exteriors anticlockwise and holes clockwise, as RFC 7946 asks.
 */
export function assemblePolygons(pieces: readonly RingPieces[]): PolygonRings[] {
	const arcs: LonLat[][] = [];
	const exteriors: LonLat[][] = [];
	const holes: LonLat[][] = [];
	for (const piece of pieces) {
		if (piece.kind === 'arcs') arcs.push(...piece.arcs);
		else if (signedRingArea(piece.ring) >= 0) exteriors.push(closeRing(piece.ring));
		else holes.push(closeRing(piece.ring));
	}
	exteriors.push(...joinArcs(arcs));
	if (exteriors.length === 0 && holes.length > 0) {
		exteriors.push([...CORNERS.map((corner) => corner.point), CORNERS[0]!.point]);
	}
	const polygons: PolygonRings[] = exteriors.map((exterior) => [exterior]);
	for (const hole of holes) {
		const owner =
			polygons.length === 1
				? polygons[0]
				: polygons.find((polygon) =>
						booleanPointInPolygon(hole[0] as LonLat, {
							type: 'Polygon',
							coordinates: [polygon[0]!]
						})
					);
		(owner ?? (polygons[0] as PolygonRings)).push(hole);
	}
	return polygons;
}

/**
 * Finds where a parametrised curve meets the antimeridian between parameters `fromT` and `toT`
 * (the Illinois variant of regula falsi: a handful of evaluations to 1e-11 degrees).
 * `fromLon` is the curve's longitude at `fromT`, already placed on `sideLon`'s side.
 */
export function solveAntimeridianLatitude(
	curve: (t: number) => LonLat,
	fromT: number,
	toT: number,
	fromPoint: LonLat,
	sideLon: 180 | -180
): number {
	const fromLon = fromPoint[0];
	const offset = (p: LonLat) => fromLon + wrapLongitudeDelta(p[0] - fromLon) - sideLon;
	let a = fromT;
	let fa = fromLon - sideLon;
	if (fa === 0) return fromPoint[1];
	let b = toT;
	let pb = curve(b);
	let fb = offset(pb);
	for (let iteration = 0; iteration < 60 && fb !== 0; iteration++) {
		const c = b - (fb * (b - a)) / (fb - fa);
		const pc = curve(c);
		const fc = offset(pc);
		if (fc * fb < 0) {
			a = b;
			fa = fb;
		} else {
			fa /= 2;
		}
		b = c;
		pb = pc;
		fb = fc;
		if (Math.abs(fb) < 1e-11 || Math.abs(b - a) < 1e-13) break;
	}
	return pb[1];
}
