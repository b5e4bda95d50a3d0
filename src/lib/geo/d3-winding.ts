/**
 * d3-geo reads polygons on the sphere, where a ring's winding says which side is inside: it
 * takes clockwise exterior rings (and counter-clockwise holes). RFC 7946 GeoJSON, which every
 * file and layer of this app holds, winds the other way, so d3 reads a country as the whole
 * sphere minus the country. Every polygon handed to d3-geo goes through here first.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { signedRingArea } from './ring-area';

function rewindRing(ring: Position[], clockwise: boolean): Position[] {
	const isClockwise = signedRingArea(ring) < 0;
	return isClockwise === clockwise ? ring : [...ring].reverse();
}

function rewindPolygon(rings: Position[][]): Position[][] {
	return rings.map((ring, i) => rewindRing(ring, i === 0));
}

/** The same (Multi)Polygon wound as d3-geo expects: exteriors clockwise, holes counter-clockwise. */
export function toD3Winding<G extends Polygon | MultiPolygon>(geometry: G): G {
	if (geometry.type === 'Polygon') {
		return { ...geometry, coordinates: rewindPolygon(geometry.coordinates) };
	}
	return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygon) };
}
