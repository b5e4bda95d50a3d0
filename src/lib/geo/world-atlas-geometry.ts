/**
 * Turns world-atlas geometry, which is drawn for d3's sphere, into planar GeoJSON (RFC 7946)
 * that MapLibre, the vector tiler and GIS tools read the same way.
 *
 * On d3's sphere a segment from 179.9° to -179.9° is short and a ring may go round a pole; on a
 * plane the first is a line across the whole map and the second has no inside. So rings and lines
 * that cross the antimeridian are cut there (RFC 7946 §3.1.9), rings around a pole are closed
 * through it, the pole cap 50m draws as a ring of its own and rings quantization collapsed to
 * nothing are dropped, and rings are wound by the right-hand rule (world-atlas winds the other way).
 *
 * Used by `countries.ts` only.
 */
import type { MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { signedRingArea } from './ring-area';

const crossesAntimeridian = (a: Position, b: Position) => Math.abs(b[0]! - a[0]!) > 180;

function countCrossings(ring: Position[]): number {
	return ring.reduce((n, p, i) => (i > 0 && crossesAntimeridian(ring[i - 1]!, p) ? n + 1 : n), 0);
}

/** Latitude where the short way from a to b crosses the antimeridian. */
function crossingLatitude(a: Position, b: Position): number {
	const edge = a[0]! > 0 ? 180 : -180;
	const bLon = b[0]! + (a[0]! > 0 ? 360 : -360);
	const t = (edge - a[0]!) / (bLon - a[0]!);
	return a[1]! + t * (b[1]! - a[1]!);
}

/**
 * A ring that goes once around a pole (Antarctica at 110m and 10m): routing its crossing of the
 * antimeridian through the pole makes it the polygon it is on the sphere.
 */
function closeAroundPole(ring: Position[]): Position[] {
	const at = ring.findIndex((p, i) => i > 0 && crossesAntimeridian(ring[i - 1]!, p));
	const before = ring[at - 1]!;
	const after = ring[at]!;
	const pole = before[1]! < 0 ? -90 : 90;
	return [...ring.slice(0, at), [before[0]!, pole], [after[0]!, pole], ...ring.slice(at)];
}

/** Longitudes made continuous across the antimeridian (so they may leave -180…180). */
function unwrap(ring: Position[]): Position[] {
	let shift = 0;
	return ring.map((p, i) => {
		if (i > 0 && crossesAntimeridian(ring[i - 1]!, p)) shift += ring[i - 1]![0]! > 0 ? 360 : -360;
		return [p[0]! + shift, p[1]!];
	});
}

/** Sutherland–Hodgman against the half-plane west (or east) of longitude `at`. */
function clipRing(ring: Position[], at: number, keepWest: boolean): Position[] {
	const inside = (p: Position) => (keepWest ? p[0]! <= at : p[0]! >= at);
	const open = ring.slice(0, -1);
	const out: Position[] = [];
	open.forEach((cur, i) => {
		const prev = open[(i + open.length - 1) % open.length]!;
		if (inside(cur) !== inside(prev)) {
			const t = (at - prev[0]!) / (cur[0]! - prev[0]!);
			out.push([at, prev[1]! + t * (cur[1]! - prev[1]!)]);
		}
		if (inside(cur)) out.push(cur);
	});
	return out.length >= 3 ? [...out, out[0]!] : [];
}

/** Cuts a polygon whose exterior crosses the antimeridian an even number of times into two. */
function splitAtAntimeridian(rings: Position[][]): Position[][][] {
	let unwrapped = rings.map(unwrap);
	const minLon = Math.min(...unwrapped[0]!.map((p) => p[0]!));
	if (minLon < -180) unwrapped = unwrapped.map((r) => r.map(([lon, lat]) => [lon! + 360, lat!]));
	const exteriorWest = Math.min(...unwrapped[0]!.map((p) => p[0]!));
	// A hole that doesn't cross still sits in one world copy; move it next to its exterior.
	unwrapped = unwrapped.map((r, i) =>
		i > 0 && r[0]![0]! < exteriorWest - 180 ? r.map(([lon, lat]) => [lon! + 360, lat!]) : r
	);
	const west = unwrapped.map((r) => clipRing(r, 180, true));
	const east = unwrapped.map((r) =>
		clipRing(r, 180, false).map(([lon, lat]) => [lon! - 360, lat!])
	);
	return [west, east]
		.filter((part) => part[0]!.length > 0)
		.map((part) => part.filter((ring) => ring.length > 0));
}

/** 50m Antarctica carries a sliver ring along -89.999° that is the pole cap on d3's sphere. */
function hugsPole(ring: Position[]): boolean {
	return ring.every((p) => Math.abs(p[1]!) > 89.99);
}

function planarPolygons(rings: Position[][]): Position[][][] {
	const kept = rings.filter((ring) => !hugsPole(ring));
	if (kept.length === 0) return [];
	const crossings = countCrossings(kept[0]!);
	if (crossings % 2 === 1) return [[closeAroundPole(kept[0]!), ...kept.slice(1)]];
	if (crossings > 0) return splitAtAntimeridian(kept);
	return [kept];
}

function wound(rings: Position[][]): Position[][] {
	return rings
		.filter((ring) => Math.abs(signedRingArea(ring)) > 5e-11)
		.map((ring, i) => (signedRingArea(ring) > 0 === (i === 0) ? ring : [...ring].reverse()));
}

/**
 * A (Multi)Polygon as valid planar GeoJSON. Left as it is when nothing would remain (the
 * Vatican at 10m, which quantization collapsed to a zero-area ring).
 */
export function toPlanarPolygon<G extends Polygon | MultiPolygon>(
	geometry: G
): Polygon | MultiPolygon {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const fixed = polygons
		.flatMap(planarPolygons)
		.map(wound)
		.filter((rings) => rings.length > 0);
	if (fixed.length === 0) return geometry;
	if (fixed.length === 1 && geometry.type === 'Polygon')
		return { type: 'Polygon', coordinates: fixed[0]! };
	return { type: 'MultiPolygon', coordinates: fixed };
}

/** Lines cut where they cross the antimeridian, with the crossing point added on both sides. */
export function toPlanarLines(lines: MultiLineString): MultiLineString {
	const out: Position[][] = [];
	for (const line of lines.coordinates) {
		let current: Position[] = [line[0]!];
		for (let i = 1; i < line.length; i++) {
			const [a, b] = [line[i - 1]!, line[i]!];
			if (crossesAntimeridian(a, b)) {
				const lat = crossingLatitude(a, b);
				const edge = a[0]! > 0 ? 180 : -180;
				current.push([edge, lat]);
				out.push(current);
				current = [[-edge, lat]];
			}
			current.push(b);
		}
		out.push(current);
	}
	return { type: 'MultiLineString', coordinates: out.filter((l) => l.length > 1) };
}
