/**
 * What the explore view keeps in the query string so a link restores the same screen. The map
 * view itself lives in the hash (`#zoom/lat/lon`, MapLibre's own format).
 */

export interface ExploreUrlState {
	place?: string;
	/** Active layer ids; undefined means the defaults. */
	layers?: string[];
	/** Launch point: a place id, or "lon,lat". */
	origin?: string;
	/** Platforms whose range bands are drawn; undefined means the defaults. */
	platforms?: string[];
	/** Timeline cursor, YYYY-MM-DD. */
	date?: string;
}

const idPattern = /^[a-z0-9][a-z0-9-]{0,80}$/;
const lonLatPattern = /^-?\d{1,3}(\.\d{1,6})?,-?\d{1,2}(\.\d{1,6})?$/;

/** Reads the state from a query string, dropping values that could not be ids or coordinates. */
export function readExploreUrlState(params: URLSearchParams): ExploreUrlState {
	const state: ExploreUrlState = {};
	const place = params.get('place');
	if (place && idPattern.test(place)) state.place = place;
	const layers = params.get('layers');
	if (layers !== null) state.layers = layers.split(',').filter((id) => idPattern.test(id));
	const origin = params.get('origin');
	if (origin && (idPattern.test(origin) || lonLatPattern.test(origin))) state.origin = origin;
	const platforms = params.get('platforms');
	if (platforms !== null) state.platforms = platforms.split(',').filter((id) => idPattern.test(id));
	const date = params.get('date');
	if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) state.date = date;
	return state;
}

/** Writes the state into a copy of `url`, leaving other parameters and the hash alone. */
export function writeExploreUrlState(url: URL, state: ExploreUrlState): URL {
	const next = new URL(url);
	const set = (key: string, value: string | undefined) =>
		value === undefined ? next.searchParams.delete(key) : next.searchParams.set(key, value);
	set('place', state.place);
	set('layers', state.layers?.join(','));
	set('origin', state.origin);
	set('platforms', state.platforms?.join(','));
	set('date', state.date);
	return next;
}
