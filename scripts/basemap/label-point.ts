/**
 * Where to put a country's name: the pole of inaccessibility of its largest part, the point inside
 * the polygon farthest from its edge (`polylabel`).
 *
 * The centroid is not used because it falls outside crescent and hollow shapes (Croatia, Chile's
 * neighbours, Crimea itself); the computation runs in web-mercator space because that is where the
 * label is drawn, so "far from the edge" means far on the screen.
 */
import { bboxClip } from '@turf/bbox-clip';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { signedRingArea } from '../../src/lib/geo/ring-area.ts';

type Ring = [number, number][];

const RADIANS = Math.PI / 180;

/** Longitude stays; latitude becomes the mercator y, in degree-like units. */
function project([lon, lat]: Position): [number, number] {
	const clamped = Math.max(-85, Math.min(85, lat!));
	return [lon!, Math.log(Math.tan(Math.PI / 4 + (clamped * RADIANS) / 2)) / RADIANS];
}

function unproject([x, y]: [number, number]): [number, number] {
	return [x, (2 * Math.atan(Math.exp(y * RADIANS)) - Math.PI / 2) / RADIANS];
}

/** The largest part of a (Multi)Polygon, projected to web-mercator degrees. */
function largestProjectedPart(geometry: Polygon | MultiPolygon): Ring[] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const projected = polygons.map((rings) => rings.map((ring) => ring.map(project)));
	const area = (rings: Ring[]) => Math.abs(signedRingArea(rings[0]!));
	return projected.reduce((a, b) => (area(b) > area(a) ? b : a));
}

/**
 * The label point of a (Multi)Polygon: the pole of inaccessibility of its largest part as drawn on
 * a web-mercator map. Returns [longitude, latitude].
 */
export function labelPoint(geometry: Polygon | MultiPolygon, precision = 0.02): [number, number] {
	const [x, y] = polylabel(largestProjectedPart(geometry), precision);
	return unproject([x, y]);
}

/**
 * Extra label points for a country too big for one name to reach every regional view (Russia
 * seen from Ukraine has its single label in Siberia): one per cell of a `lonStep`×`latStep` grid
 * over its largest part, where the part in the cell is roomy enough for a name (`minDistance`,
 * in mercator degrees) and the cell does not hold the main label.
 */
export function regionalLabelPoints(
	geometry: Polygon | MultiPolygon,
	main: [number, number],
	{ lonStep = 24, latStep = 12, minDistance = 1.5, precision = 0.05 } = {}
): [number, number][] {
	const largest = largestProjectedPart(geometry);
	const lons = largest[0]!.map(([x]) => x);
	const lats = largest[0]!.map((p) => unproject(p)[1]);
	const points: [number, number][] = [];
	for (
		let lon = Math.floor(Math.min(...lons) / lonStep) * lonStep;
		lon < Math.max(...lons);
		lon += lonStep
	) {
		for (
			let lat = Math.floor(Math.min(...lats) / latStep) * latStep;
			lat < Math.max(...lats);
			lat += latStep
		) {
			const holdsMain =
				main[0] >= lon && main[0] < lon + lonStep && main[1] >= lat && main[1] < lat + latStep;
			if (holdsMain) continue;
			const [, south] = project([lon, lat]);
			const [, north] = project([lon, lat + latStep]);
			const clipped = bboxClip({ type: 'Polygon', coordinates: largest }, [
				lon,
				south,
				lon + lonStep,
				north
			]).geometry.coordinates as Ring[];
			const rings = clipped.filter((ring) => ring.length >= 4);
			if (rings.length === 0 || signedRingArea(rings[0]!) === 0) continue;
			const pole = polylabel(rings, precision);
			if (pole.distance >= minDistance) points.push(unproject([pole[0], pole[1]]));
		}
	}
	return points;
}
