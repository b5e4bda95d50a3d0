import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import {
	CATALOG_WIDE,
	ifNoneMatchMatches,
	requestKey,
	ResponseCache,
	responseKey,
	strongEtag
} from './response-cache';

const json = (body: unknown) => () => ({ body, contentType: 'application/json' });
const text = (entry: { body: Uint8Array }) => new TextDecoder().decode(entry.body);
const v1 = { version: 1 };
const v2 = { version: 2 };

describe('ResponseCache.getOrCompute', () => {
	it('computes once per key and data version', () => {
		const cache = new ResponseCache();
		let calls = 0;
		const compute = () => {
			calls++;
			return { body: { calls }, contentType: 'application/json' };
		};
		const first = cache.getOrCompute({ key: 'k', scope: 'a', source: v1, compute });
		const second = cache.getOrCompute({ key: 'k', scope: 'a', source: v1, compute });
		expect(calls).toBe(1);
		expect(second).toBe(first);
		expect(text(first)).toBe('{"calls":1}');
	});

	it('recomputes when the data the response was computed from is replaced', () => {
		const cache = new ResponseCache();
		cache.getOrCompute({ key: 'k', scope: 'a', source: v1, compute: json(1) });
		const fresh = cache.getOrCompute({ key: 'k', scope: 'a', source: v2, compute: json(2) });
		expect(text(fresh)).toBe('2');
		expect(cache.size).toBe(1);
	});

	it('sends a string body as it is', () => {
		const cache = new ResponseCache();
		const svg = cache.getOrCompute({
			key: 'k',
			scope: 'a',
			source: v1,
			compute: () => ({ body: '<svg/>', contentType: 'image/svg+xml' })
		});
		expect(text(svg)).toBe('<svg/>');
	});

	it('keeps at most maxEntries, dropping the least recently used', () => {
		const cache = new ResponseCache(2);
		const get = (key: string, body: string) =>
			text(cache.getOrCompute({ key, scope: 's', source: v1, compute: json(body) }));
		get('a', 'a');
		get('b', 'b');
		get('a', 'unused');
		get('c', 'c');
		expect(cache.size).toBe(2);
		expect(get('a', 'again')).toBe('a');
		expect(get('b', 'recomputed')).toBe('recomputed');
	});

	it('does not store a computation that throws', () => {
		const cache = new ResponseCache();
		expect(() =>
			cache.getOrCompute({
				key: 'k',
				scope: 's',
				source: v1,
				compute: () => {
					throw new Error('bad input');
				}
			})
		).toThrow('bad input');
		expect(cache.size).toBe(0);
	});
});

describe('ResponseCache.invalidateBriefing', () => {
	it('drops the briefing’s responses and the catalog-wide ones, and keeps the others', () => {
		const cache = new ResponseCache();
		const put = (key: string, scope: string) =>
			cache.getOrCompute({ key, scope, source: v1, compute: json(key) });
		put('one', 'a');
		put('two', 'b');
		put('list', CATALOG_WIDE);
		cache.invalidateBriefing('a');
		expect(cache.size).toBe(1);
		let recomputed = 0;
		const compute = () => (recomputed++, { body: 'x', contentType: 'text/plain' });
		cache.getOrCompute({ key: 'two', scope: 'b', source: v1, compute });
		expect(recomputed).toBe(0);
		cache.getOrCompute({ key: 'one', scope: 'a', source: v1, compute });
		cache.getOrCompute({ key: 'list', scope: CATALOG_WIDE, source: v1, compute });
		expect(recomputed).toBe(2);
	});

	it('drops the values derived from the briefing', () => {
		const cache = new ResponseCache();
		let builds = 0;
		const build = () => ++builds;
		expect(cache.derived('a', v1, 'features', build)).toBe(1);
		expect(cache.derived('a', v1, 'features', build)).toBe(1);
		expect(cache.derived('b', v1, 'features', build)).toBe(2);
		cache.invalidateBriefing('a');
		expect(cache.derived('a', v1, 'features', build)).toBe(3);
		expect(cache.derived('b', v1, 'features', build)).toBe(2);
		expect(cache.derived('b', v2, 'features', build)).toBe(4);
	});
});

/** Just enough of a Node response to see what the cache wrote. */
function recorder() {
	const written: { status?: number; headers?: Record<string, string>; body?: unknown } = {};
	const response = {
		writeHead(status: number, headers: Record<string, string>) {
			written.status = status;
			written.headers = headers;
			return response;
		},
		end(body?: unknown) {
			written.body = body;
			return response;
		}
	};
	return { response: response as unknown as ServerResponse, written };
}

function nodeRequest(url: string, headers: Record<string, string> = {}, method = 'GET') {
	return Object.assign(new EventEmitter(), {
		url,
		method,
		headers: { host: 'h', ...headers }
	}) as unknown as IncomingMessage;
}

/** Computes the response of `url` as a route would, and records it as SvelteKit sent it. */
function sendOnce(cache: ResponseCache, url: string, status = 200) {
	const key = requestKey(new URL(url), new Headers({ host: 'h' }));
	const entry = cache.getOrCompute({ key, scope: 'a', source: v1, compute: json({ a: 1 }) });
	const sent = new Response(text(entry), {
		status,
		headers: {
			etag: entry.etag,
			'content-type': 'application/geo+json',
			'x-content-type-options': 'nosniff'
		}
	});
	cache.recordSent(key, sent);
	return entry;
}

describe('ResponseCache.serve (the Node server in front of SvelteKit)', () => {
	it('answers a repeat request with the bytes and headers SvelteKit sent', () => {
		const cache = new ResponseCache();
		const entry = sendOnce(cache, 'http://h/api/collections/a.places/items?limit=2&offset=0');
		const { response, written } = recorder();
		const served = cache.serve(
			nodeRequest('/api/collections/a.places/items?offset=0&limit=2'),
			response
		);
		expect(served).toBe(true);
		expect(written.status).toBe(200);
		expect(written.headers).toMatchObject({
			etag: entry.etag,
			'x-content-type-options': 'nosniff',
			'content-length': '7'
		});
		expect(new TextDecoder().decode(written.body as Uint8Array)).toBe('{"a":1}');
	});

	it('answers a matching If-None-Match with 304 and no body headers', () => {
		const cache = new ResponseCache();
		const entry = sendOnce(cache, 'http://h/api/conformance');
		const { response, written } = recorder();
		const weak = `W/${entry.etag}`;
		expect(cache.serve(nodeRequest('/api/conformance', { 'if-none-match': weak }), response)).toBe(
			true
		);
		expect(written.status).toBe(304);
		expect(written.headers?.etag).toBe(entry.etag);
		expect(written.headers?.['content-type']).toBeUndefined();
	});

	it('leaves unsent, failed, unknown and non-GET requests to SvelteKit', () => {
		const cache = new ResponseCache();
		const { response, written } = recorder();
		cache.getOrCompute({ key: 'h/api/unsent', scope: 'a', source: v1, compute: json(1) });
		expect(cache.serve(nodeRequest('/api/unsent'), response)).toBe(false);
		sendOnce(cache, 'http://h/api/failed', 500);
		expect(cache.serve(nodeRequest('/api/failed'), response)).toBe(false);
		expect(cache.serve(nodeRequest('/api/never-seen'), response)).toBe(false);
		sendOnce(cache, 'http://h/api/x');
		expect(cache.serve(nodeRequest('/api/x', {}, 'POST'), response)).toBe(false);
		expect(cache.serve(nodeRequest('/api/x', { host: 'other' }), response)).toBe(false);
		expect(written.status).toBeUndefined();
	});

	it('stops answering for a briefing once it is invalidated', () => {
		const cache = new ResponseCache();
		sendOnce(cache, 'http://h/api/collections/a.places/items');
		const { response } = recorder();
		expect(cache.serve(nodeRequest('/api/collections/a.places/items'), response)).toBe(true);
		cache.invalidateBriefing('a');
		expect(cache.serve(nodeRequest('/api/collections/a.places/items'), response)).toBe(false);
	});
});

describe('strongEtag', () => {
	it('is quoted, not weak, and changes with the bytes', () => {
		expect(strongEtag('{}')).toMatch(/^"[A-Za-z0-9_-]+"$/);
		expect(strongEtag('{}')).toBe(strongEtag('{}'));
		expect(strongEtag('{}')).not.toBe(strongEtag('{ }'));
	});
});

describe('ifNoneMatchMatches', () => {
	const etag = '"abc"';

	it('matches the same tag, in a list, weakly, or *', () => {
		expect(ifNoneMatchMatches('"abc"', etag)).toBe(true);
		expect(ifNoneMatchMatches('"x", "abc"', etag)).toBe(true);
		expect(ifNoneMatchMatches('W/"abc"', etag)).toBe(true);
		expect(ifNoneMatchMatches('*', etag)).toBe(true);
	});

	it('does not match other tags or an absent header', () => {
		expect(ifNoneMatchMatches('"abd"', etag)).toBe(false);
		expect(ifNoneMatchMatches('abc', etag)).toBe(false);
		expect(ifNoneMatchMatches(null, etag)).toBe(false);
	});
});

describe('responseKey', () => {
	it('ignores parameter order but not values, paths or hosts', () => {
		const key = (url: string) => requestKey(new URL(url), new Headers());
		expect(key('http://h/api/x?limit=5&offset=10')).toBe(key('http://h/api/x?offset=10&limit=5'));
		expect(key('http://h/api/x?limit=5')).not.toBe(key('http://h/api/x?limit=6'));
		expect(key('http://h/api/x')).not.toBe(key('http://h/api/y'));
		expect(key('http://h/api/x')).not.toBe(key('http://g/api/x'));
	});

	it('is the same for a SvelteKit request and the raw request the Node server sees', () => {
		const kit = requestKey(
			new URL('http://localhost:3000/api/x?b=2&a=1'),
			new Headers({ host: 'localhost:3000' })
		);
		expect(responseKey('localhost:3000', new URL('/api/x?a=1&b=2', 'http://localhost'))).toBe(kit);
	});
});
