/**
 * The one cache of computed responses: every successful GET the server computes from the
 * catalog (API documents, the static map), kept as the exact bytes sent with a strong ETag.
 *
 * Each entry belongs to a scope — one briefing, or `CATALOG_WIDE` for documents that list every
 * briefing — and remembers the data it was computed from (the briefing object, or the catalog
 * object; both are immutable, and a reload brings new ones). An entry whose data has been
 * replaced is never served, and `invalidateBriefing(id)` drops one briefing's entries, and the
 * catalog-wide ones that list it, when that briefing is reloaded while the server runs.
 *
 * Entries are keyed by `responseKey`: the Host header, the path and the query parameters in
 * sorted order. SvelteKit's routes fill the cache; `hooks.server.ts` records the final headers
 * (security headers included) once; from then on the Node server (`scripts/serve.js`) answers
 * repeat requests straight from it, 304 included, without entering SvelteKit. The cache is
 * bounded (least recently used goes first) because the URL space (every possible bbox) is not.
 *
 * Values derived from one briefing that several responses share (its OGC features) are kept
 * here too, in the same scopes, so they are dropped together with the responses built on them.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** The scope of responses that describe the whole catalog (landing page, lists, OpenAPI). */
export const CATALOG_WIDE = '*';

export interface CachedResponse {
	body: Uint8Array<ArrayBuffer>;
	contentType: string;
	etag: string;
	/** The briefing id the response is computed from, or `CATALOG_WIDE`. */
	scope: string;
	/** The immutable data the response was computed from: a briefing or a catalog object. */
	source: object;
	/** Every header of the 200 response as sent, once SvelteKit has sent it. */
	headers?: Record<string, string>;
}

export interface ComputeRequest {
	key: string;
	scope: string;
	source: object;
	compute: () => { body: unknown; contentType: string };
}

const encoder = new TextEncoder();

export class ResponseCache {
	#entries = new Map<string, CachedResponse>();
	#derived = new Map<string, { source: object; values: Map<string, unknown> }>();
	readonly maxEntries: number;

	constructor(maxEntries = 2000) {
		this.maxEntries = maxEntries;
	}

	get size(): number {
		return this.#entries.size;
	}

	/**
	 * The response for `key` computed from `source`, computed and stored on first use. A body that
	 * is a string is sent as is (SVG, say); anything else is serialised as JSON.
	 */
	getOrCompute({ key, scope, source, compute }: ComputeRequest): CachedResponse {
		const hit = this.#entries.get(key);
		if (hit && hit.source === source) {
			this.#entries.delete(key);
			this.#entries.set(key, hit);
			return hit;
		}
		const { body, contentType } = compute();
		const bytes = encoder.encode(typeof body === 'string' ? body : JSON.stringify(body));
		const entry: CachedResponse = {
			body: bytes,
			contentType,
			etag: strongEtag(bytes),
			scope,
			source
		};
		this.#entries.delete(key);
		this.#entries.set(key, entry);
		if (this.#entries.size > this.maxEntries) {
			const oldest = this.#entries.keys().next().value;
			if (oldest !== undefined) this.#entries.delete(oldest);
		}
		return entry;
	}

	/** A value derived once from `source` (a briefing) and shared by the responses of `scope`. */
	derived<T>(scope: string, source: object, name: string, build: () => T): T {
		let memo = this.#derived.get(scope);
		if (!memo || memo.source !== source) {
			memo = { source, values: new Map() };
			this.#derived.set(scope, memo);
		}
		if (!memo.values.has(name)) memo.values.set(name, build());
		return memo.values.get(name) as T;
	}

	/**
	 * Forgets everything computed from one briefing, and the catalog-wide documents that list it:
	 * call after the briefing's files changed and the catalog was reloaded.
	 */
	invalidateBriefing(id: string): void {
		for (const [key, entry] of this.#entries) {
			if (entry.scope === id || entry.scope === CATALOG_WIDE) this.#entries.delete(key);
		}
		this.#derived.delete(id);
	}

	/** Forgets everything (a whole new catalog). */
	clear(): void {
		this.#entries.clear();
		this.#derived.clear();
	}

	/**
	 * Records the headers SvelteKit sent with a cached 200 response (after the hooks added the
	 * security headers), so the Node server can send the very same response without SvelteKit.
	 */
	recordSent(key: string, response: Response): void {
		const entry = this.#entries.get(key);
		if (!entry || entry.headers || response.status !== 200) return;
		if (response.headers.get('etag') !== entry.etag) return;
		const headers: Record<string, string> = {};
		response.headers.forEach((value, name) => (headers[name] = value));
		headers['content-length'] = String(entry.body.byteLength);
		entry.headers = headers;
	}

	/**
	 * Answers a GET whose response is cached and has been sent once by SvelteKit; returns false,
	 * writing nothing, for anything else.
	 */
	serve(request: IncomingMessage, response: ServerResponse): boolean {
		if (request.method !== 'GET' || !request.url?.startsWith('/')) return false;
		const host = request.headers.host;
		if (!host) return false;
		let url: URL;
		try {
			url = new URL(request.url, 'http://localhost');
		} catch {
			return false;
		}
		const entry = this.#entries.get(responseKey(host, url));
		if (!entry?.headers) return false;
		const ifNoneMatch = request.headers['if-none-match'];
		if (typeof ifNoneMatch === 'string' && ifNoneMatchMatches(ifNoneMatch, entry.etag)) {
			const { 'content-length': _length, 'content-type': _type, ...headers } = entry.headers;
			response.writeHead(304, headers).end();
			return true;
		}
		response.writeHead(200, entry.headers).end(entry.body);
		return true;
	}
}

/** A strong validator: a digest of the exact bytes sent. */
export function strongEtag(body: Uint8Array | string): string {
	return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/**
 * The cache key of a request: the Host header (links in the bodies are absolute, and the server
 * derives its origin from `ORIGIN` or the Host header), the path, and the query parameters
 * sorted, so `?limit=5&offset=10` and `?offset=10&limit=5` share one entry.
 */
export function responseKey(host: string, url: URL): string {
	const search = new URLSearchParams(url.searchParams);
	search.sort();
	const query = search.toString();
	return `${host}${url.pathname}${query ? `?${query}` : ''}`;
}

/** The key of a SvelteKit request: its Host header, or its URL's host when it has none. */
export function requestKey(url: URL, headers: Headers): string {
	return responseKey(headers.get('host') ?? url.host, url);
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

const CACHE_KEY = Symbol.for('briefmap.response-cache');

/**
 * The process's cache. It is registered on `globalThis` because two module graphs share it in
 * one process: the SvelteKit bundle that fills it and the plain-JavaScript server
 * (`scripts/serve.js`) in front of it, which cannot import the bundle's modules.
 */
export function responseCache(): ResponseCache {
	const registry = globalThis as typeof globalThis & { [CACHE_KEY]?: ResponseCache };
	return (registry[CACHE_KEY] ??= new ResponseCache());
}
