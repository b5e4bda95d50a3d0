import { describe, expect, it } from 'vitest';
import { ifNoneMatchMatches, normalisedKey, ResponseCache, strongEtag } from './response-cache';

const json = (body: unknown) => () => ({ body, contentType: 'application/json' });

describe('ResponseCache', () => {
	it('computes once per version and key', () => {
		const cache = new ResponseCache();
		let calls = 0;
		const compute = () => {
			calls++;
			return { body: { calls }, contentType: 'application/json' };
		};
		const first = cache.getOrCompute('v1', 'k', compute);
		const second = cache.getOrCompute('v1', 'k', compute);
		expect(calls).toBe(1);
		expect(second).toBe(first);
		expect(first.body).toBe('{"calls":1}');
	});

	it('recomputes, and drops old entries, when the version changes', () => {
		const cache = new ResponseCache();
		cache.getOrCompute('v1', 'a', json(1));
		cache.getOrCompute('v1', 'b', json(2));
		const fresh = cache.getOrCompute('v2', 'a', json(3));
		expect(fresh.body).toBe('3');
		expect(cache.size).toBe(1);
	});

	it('keeps at most maxEntries, dropping the least recently used', () => {
		const cache = new ResponseCache(2);
		cache.getOrCompute('v', 'a', json('a'));
		cache.getOrCompute('v', 'b', json('b'));
		cache.getOrCompute('v', 'a', json('unused'));
		cache.getOrCompute('v', 'c', json('c'));
		expect(cache.size).toBe(2);
		expect(cache.getOrCompute('v', 'a', json('again')).body).toBe('"a"');
		expect(cache.getOrCompute('v', 'b', json('recomputed')).body).toBe('"recomputed"');
	});

	it('does not store a computation that throws', () => {
		const cache = new ResponseCache();
		expect(() =>
			cache.getOrCompute('v', 'k', () => {
				throw new Error('bad input');
			})
		).toThrow('bad input');
		expect(cache.size).toBe(0);
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

describe('normalisedKey', () => {
	it('ignores parameter order but not values, paths or origins', () => {
		const key = (url: string) => normalisedKey(new URL(url));
		expect(key('http://h/api/x?limit=5&offset=10')).toBe(key('http://h/api/x?offset=10&limit=5'));
		expect(key('http://h/api/x?limit=5')).not.toBe(key('http://h/api/x?limit=6'));
		expect(key('http://h/api/x')).not.toBe(key('http://h/api/y'));
		expect(key('http://h/api/x')).not.toBe(key('http://g/api/x'));
	});
});
