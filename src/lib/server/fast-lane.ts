/**
 * A fast lane for the API's successful GET responses, in front of SvelteKit.
 *
 * API responses are computed once per data version and never change while the server runs (the
 * catalog is read once). SvelteKit still costs most of a request's time — routing, the request
 * and response objects, hooks — which held the API to about a quarter of a static server's
 * throughput. So the finished response of each successful GET under /api (body, ETag, security
 * headers and all) is kept here, and the server (`scripts/serve.js`) answers a repeat request
 * from it directly, 304 included. Anything not kept — errors, pages, first requests — goes
 * through SvelteKit as before.
 *
 * The lane lives on `globalThis` under a registered symbol so the plain-JavaScript server and
 * the SvelteKit bundle share it in one process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ifNoneMatchMatches } from './ogc/response-cache';

interface Entry {
	etag: string;
	headers: Record<string, string>;
	body: Uint8Array;
}

export interface FastLane {
	/** Keeps a finished response; returns quickly when it is already kept or not eligible. */
	publish: (url: URL, response: Response) => Promise<void>;
	/** Answers the request when its response is kept; false to let SvelteKit handle it. */
	serve: (request: IncomingMessage, response: ServerResponse) => boolean;
	size: () => number;
}

/** Bounded like the API's own response cache, so odd query strings cannot grow it forever. */
const MAX_ENTRIES = 2000;
const LANE_KEY = Symbol.for('briefmap.fast-lane');

/** Same key for SvelteKit's `event.url` and a raw `req.url`: both parsed by WHATWG URL. */
function keyOf(url: URL): string {
	return url.pathname + url.search;
}

function createFastLane(): FastLane {
	const entries = new Map<string, Entry>();
	return {
		async publish(url, response) {
			const key = keyOf(url);
			const etag = response.headers.get('etag');
			if (!etag || response.status !== 200 || entries.has(key) || entries.size >= MAX_ENTRIES)
				return;
			const body = new Uint8Array(await response.clone().arrayBuffer());
			const headers: Record<string, string> = {};
			response.headers.forEach((value, name) => (headers[name] = value));
			headers['content-length'] = String(body.byteLength);
			entries.set(key, { etag, headers, body });
		},
		serve(request, response) {
			if (request.method !== 'GET' || !request.url?.startsWith('/api/')) return false;
			let url: URL;
			try {
				url = new URL(request.url, 'http://localhost');
			} catch {
				return false;
			}
			const entry = entries.get(keyOf(url));
			if (!entry) return false;
			const ifNoneMatch = request.headers['if-none-match'];
			if (typeof ifNoneMatch === 'string' && ifNoneMatchMatches(ifNoneMatch, entry.etag)) {
				const { 'content-length': _length, 'content-type': _type, ...headers } = entry.headers;
				response.writeHead(304, headers).end();
				return true;
			}
			response.writeHead(200, entry.headers).end(entry.body);
			return true;
		},
		size: () => entries.size
	};
}

/** The process's fast lane, created on first use. */
export function fastLane(): FastLane {
	const registry = globalThis as typeof globalThis & { [LANE_KEY]?: FastLane };
	return (registry[LANE_KEY] ??= createFastLane());
}

/** Only the API's own GETs are eligible; pages and files are never kept. */
export function isFastLaneCandidate(method: string, url: URL): boolean {
	return method === 'GET' && url.pathname.startsWith('/api/');
}
