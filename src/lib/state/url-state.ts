/**
 * What the explore view keeps in the query string so a link restores the same screen. The map
 * view itself lives in the hash (`#zoom/lat/lon`, MapLibre's own format).
 */
import { isIsoDate } from '../briefing/dates';
import { isId } from '../briefing/ids';

export interface ExploreUrlState {
	place?: string;
	/** Active layer ids; undefined means the defaults. */
	layers?: string[];
	/** Launch point: a place id, or "lon,lat". */
	origin?: string;
	/** Platforms whose range bands are drawn; undefined means the defaults. */
	platforms?: string[];
	/** Timeline cursor: a day that exists, YYYY-MM-DD. */
	date?: string;
}

const lonLatPattern = /^-?\d{1,3}(\.\d{1,6})?,-?\d{1,2}(\.\d{1,6})?$/;

/**
 * Reads the state from a query string, dropping values that could not be ids, coordinates or
 * days: a link with a bad value opens as if the value were not there.
 */
export function readExploreUrlState(params: URLSearchParams): ExploreUrlState {
	const state: ExploreUrlState = {};
	const place = params.get('place');
	if (place && isId(place)) state.place = place;
	const layers = params.get('layers');
	if (layers !== null) state.layers = layers.split(',').filter(isId);
	const origin = params.get('origin');
	if (origin && (isId(origin) || lonLatPattern.test(origin))) state.origin = origin;
	const platforms = params.get('platforms');
	if (platforms !== null) state.platforms = platforms.split(',').filter(isId);
	// The one place a hand-edited date is screened: what passes is a day that exists, so the
	// timeline and the map, which both read the state, can never disagree about it.
	const date = params.get('date');
	if (date && isIsoDate(date, 'day')) state.date = date;
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
