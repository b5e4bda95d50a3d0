/**
 * The `bbox` query parameter: four or six numbers in WGS84 longitude/latitude (CRS84), lower
 * corner first. A west edge greater than the east edge is a box that crosses the antimeridian,
 * as OGC API Features allows, so it is split into two boxes that do not.
 */
import { invalidParameter } from './problem';

/** A box that does not cross the antimeridian: west ≤ east. */
export interface LonLatBox {
	west: number;
	south: number;
	east: number;
	north: number;
}

/** A parsed `bbox`: one box, or two when the request crosses the antimeridian. */
export interface BboxFilter {
	/** The numbers as given, for links that repeat the query. */
	values: number[];
	boxes: LonLatBox[];
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Reads `bbox`, or returns `null` when absent. Anything malformed is a 400 naming the fault. */
export function parseBbox(search: URLSearchParams): BboxFilter | null {
	const raw = search.get('bbox');
	if (raw === null) return null;
	const parts = raw.split(',');
	if (parts.length !== 4 && parts.length !== 6) {
		throw invalidParameter(
			'bbox',
			`expected 4 or 6 comma-separated numbers (minLon,minLat,maxLon,maxLat), got ${parts.length}`
		);
	}
	const values = parts.map((part, index) => {
		const text = part.trim();
		// `1e999` is written like a number but reads as Infinity, which would leak into next links.
		const value = NUMBER.test(text) ? Number(text) : NaN;
		if (!Number.isFinite(value)) {
			throw invalidParameter('bbox', `value ${index + 1} ('${part}') is not a finite number`);
		}
		return value;
	});
	// Six numbers carry elevations at positions 3 and 6; the features are 2D, so those are only checked.
	const [west, south, east, north] =
		values.length === 6
			? [values[0]!, values[1]!, values[3]!, values[4]!]
			: [values[0]!, values[1]!, values[2]!, values[3]!];
	if (values.length === 6 && values[2]! > values[5]!) {
		throw invalidParameter('bbox', `minimum elevation ${values[2]} exceeds maximum ${values[5]}`);
	}
	for (const [name, value] of [
		['minimum longitude', west],
		['maximum longitude', east]
	] as const) {
		if (value < -180 || value > 180) {
			throw invalidParameter('bbox', `${name} ${value} is outside -180..180`);
		}
	}
	for (const [name, value] of [
		['minimum latitude', south],
		['maximum latitude', north]
	] as const) {
		if (value < -90 || value > 90) {
			throw invalidParameter('bbox', `${name} ${value} is outside -90..90`);
		}
	}
	if (south > north) {
		throw invalidParameter(
			'bbox',
			`minimum latitude ${south} is north of maximum latitude ${north}`
		);
	}
	const boxes =
		west <= east
			? [{ west, south, east, north }]
			: [
					{ west, south, east: 180, north },
					{ west: -180, south, east, north }
				];
	return { values, boxes };
}
