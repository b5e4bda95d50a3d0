/**
 * Serialised responses memoised by catalog version and normalised URL, each with a strong
 * ETag over its exact bytes. Data changes only with the catalog version, so a response is
 * computed once per version; the cache is bounded (least recently used goes first) because
 * the URL space (every possible bbox) is not.
 */
import { createHash } from 'node:crypto';

export interface CachedResponse {
	body: string;
	contentType: string;
	etag: string;
}

export class ResponseCache {
	#version: string | null = null;
	#entries = new Map<string, CachedResponse>();
	readonly maxEntries: number;

	constructor(maxEntries = 500) {
		this.maxEntries = maxEntries;
	}

	get size(): number {
		return this.#entries.size;
	}

	/** Returns the memoised response for this version and key, computing and storing it once. */
	getOrCompute(
		version: string,
		key: string,
		compute: () => { body: unknown; contentType: string }
	): CachedResponse {
		if (version !== this.#version) {
			// A new catalog: every stored response describes old data.
			this.#entries.clear();
			this.#version = version;
		}
		const hit = this.#entries.get(key);
		if (hit) {
			this.#entries.delete(key);
			this.#entries.set(key, hit);
			return hit;
		}
		const { body, contentType } = compute();
		const text = JSON.stringify(body);
		const entry = { body: text, contentType, etag: strongEtag(text) };
		this.#entries.set(key, entry);
		if (this.#entries.size > this.maxEntries) {
			const oldest = this.#entries.keys().next().value;
			if (oldest !== undefined) this.#entries.delete(oldest);
		}
		return entry;
	}
}

/** A strong validator: a digest of the exact bytes sent. */
export function strongEtag(body: string): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * The cache key of a request: origin (links are absolute), path, and the query parameters
 * sorted, so `?limit=5&offset=10` and `?offset=10&limit=5` share one entry.
 */
export function normalisedKey(url: URL): string {
	const search = new URLSearchParams(url.searchParams);
	search.sort();
	const query = search.toString();
	return `${url.origin}${url.pathname}${query ? `?${query}` : ''}`;
}

/**
 * Whether `If-None-Match` matches the ETag. RFC 9110 §13.1.2: `*` matches any current
 * representation, and the comparison is weak (a `W/` prefix is ignored).
 */
export function ifNoneMatchMatches(header: string | null, etag: string): boolean {
	if (header === null) return false;
	if (header.trim() === '*') return true;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
