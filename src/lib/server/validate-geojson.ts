/**
 * RFC 7946 rules that a shape schema cannot express: coordinate ranges, closed linear rings,
 * the right-hand winding rule, and unique feature ids. Works on the raw parsed file, so these
 * problems are reported alongside schema problems instead of after them are fixed.
 */
import { quote, toJsonPath, type Finding } from './problems';
import { signedRingArea } from '../geo/ring-area';

type Key = string | number;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPosition(value: unknown): value is number[] {
	return (
		Array.isArray(value) &&
		value.length >= 2 &&
		value.every((n) => typeof n === 'number' && Number.isFinite(n))
	);
}

/** Findings for every place in `value` (a FeatureCollection) that breaks RFC 7946. */
export function validateGeoJson(value: unknown): Finding[] {
	if (!isRecord(value) || !Array.isArray(value.features)) return [];
	const findings: Finding[] = [];
	const firstUse = new Map<string, string>();
	value.features.forEach((feature: unknown, index) => {
		if (!isRecord(feature)) return;
		const base: Key[] = ['features', index];
		const id = feature.id;
		if (typeof id === 'string' || typeof id === 'number') {
			const path = toJsonPath([...base, 'id']);
			const earlier = firstUse.get(String(id));
			if (earlier) {
				findings.push({
					path,
					message: `duplicate feature id ${quote(id)}: already used at ${earlier}`
				});
			} else {
				firstUse.set(String(id), path);
			}
		}
		if (isRecord(feature.geometry)) {
			findings.push(...checkGeometry(feature.geometry, [...base, 'geometry']));
		}
	});
	return findings;
}

function checkGeometry(geometry: Record<string, unknown>, base: Key[]): Finding[] {
	const path: Key[] = [...base, 'coordinates'];
	const coordinates = geometry.coordinates;
	if (!Array.isArray(coordinates)) return [];
	switch (geometry.type) {
		case 'Point':
			return checkPosition(coordinates, path);
		case 'Polygon':
			return checkPolygon(coordinates, path);
		case 'MultiPolygon':
			return coordinates.flatMap((polygon: unknown, i) =>
				Array.isArray(polygon) ? checkPolygon(polygon, [...path, i]) : []
			);
		default:
			return [];
	}
}

/** Longitude and latitude ranges, with a hint when the two look swapped. */
export function checkPosition(position: unknown, path: Key[]): Finding[] {
	if (!isPosition(position)) return [];
	const [lon = 0, lat = 0] = position;
	const findings: Finding[] = [];
	const swapped =
		Math.abs(lon) <= 90 && Math.abs(lat) <= 180 && Math.abs(lat) > 90
			? ' (are longitude and latitude swapped? GeoJSON positions are [longitude, latitude])'
			: '';
	if (lon < -180 || lon > 180) {
		findings.push({
			path: toJsonPath([...path, 0]),
			message: `longitude ${lon} is outside [-180, 180]`
		});
	}
	if (lat < -90 || lat > 90) {
		findings.push({
			path: toJsonPath([...path, 1]),
			message: `latitude ${lat} is outside [-90, 90]${swapped}`
		});
	}
	return findings;
}

function checkPolygon(rings: unknown[], path: Key[]): Finding[] {
	const findings: Finding[] = [];
	rings.forEach((ring: unknown, r) => {
		if (!Array.isArray(ring)) return;
		const ringPath = [...path, r];
		ring.forEach((position: unknown, k) =>
			findings.push(...checkPosition(position, [...ringPath, k]))
		);
		findings.push(...checkRing(ring, ringPath, r === 0 ? 'exterior' : 'hole'));
	});
	return findings;
}

/** A linear ring: at least four positions, closed, wound by the right-hand rule (RFC 7946 §3.1.6). */
function checkRing(ring: unknown[], path: Key[], role: 'exterior' | 'hole'): Finding[] {
	const at = toJsonPath(path);
	if (!ring.every(isPosition)) return [];
	const positions = ring as number[][];
	if (positions.length < 4) {
		return [
			{
				path: at,
				message: `a linear ring needs at least 4 positions (the first repeated as the last), found ${positions.length}`
			}
		];
	}
	const first = positions[0] ?? [];
	const last = positions[positions.length - 1] ?? [];
	if (first.length !== last.length || first.some((n, i) => n !== last[i])) {
		return [
			{
				path: at,
				message: `ring is not closed: its last position ${quote(last)} must repeat its first ${quote(first)}`
			}
		];
	}
	const area = signedRingArea(positions);
	if (area === 0) return [{ path: at, message: 'ring encloses no area' }];
	if (role === 'exterior' && area < 0) {
		return [
			{
				path: at,
				message: 'exterior ring must be counter-clockwise (RFC 7946 §3.1.6): reverse its positions'
			}
		];
	}
	if (role === 'hole' && area > 0) {
		return [
			{ path: at, message: 'hole must be clockwise (RFC 7946 §3.1.6): reverse its positions' }
		];
	}
	return [];
}
