/**
 * Query parameters shared by every endpoint: the unknown-parameter rule, `f`, `limit` and
 * `offset`. Parsing is strict on purpose: a value that is not exactly what the specification
 * allows is a 400 that names the parameter, never a guess.
 */
import { invalidParameter, unknownParameter } from './problem';

export const DEFAULT_LIMIT = 10;
export const MAX_LIMIT = 1000;

const DIGITS = /^[0-9]{1,15}$/;

/**
 * Rejects any parameter the endpoint does not define, and any defined one given twice
 * (OGC API Features /req/core/query-param-unknown and /req/core/query-param-invalid).
 */
export function assertKnownParams(search: URLSearchParams, allowed: readonly string[]): void {
	const seen = new Set<string>();
	for (const name of search.keys()) {
		if (!allowed.includes(name)) throw unknownParameter(name, allowed);
		if (seen.has(name)) throw invalidParameter(name, 'given more than once');
		seen.add(name);
	}
}

/** `f`: the only encoding served is JSON (GeoJSON for features), so only `json` is accepted. */
export function assertJsonFormat(search: URLSearchParams): void {
	const format = search.get('f');
	if (format === null || format === 'json' || format === 'geojson') return;
	throw invalidParameter('f', `unsupported format '${format}'; this service only serves json`);
}

/** `limit`: an integer from 1 to 1000, 10 when absent. Values outside the range are refused. */
export function parseLimit(search: URLSearchParams): number {
	const raw = search.get('limit');
	if (raw === null) return DEFAULT_LIMIT;
	if (!DIGITS.test(raw)) {
		throw invalidParameter('limit', `'${raw}' is not an integer from 1 to ${MAX_LIMIT}`);
	}
	const limit = Number(raw);
	if (limit < 1 || limit > MAX_LIMIT) {
		throw invalidParameter('limit', `${limit} is outside the allowed range 1..${MAX_LIMIT}`);
	}
	return limit;
}

/** `offset`: how many matching features to skip; an integer ≥ 0, 0 when absent. */
export function parseOffset(search: URLSearchParams): number {
	const raw = search.get('offset');
	if (raw === null) return 0;
	if (!DIGITS.test(raw)) throw invalidParameter('offset', `'${raw}' is not an integer ≥ 0`);
	return Number(raw);
}
