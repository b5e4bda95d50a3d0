import { describe, expect, it } from 'vitest';
import { readSceneParam, writeSceneParam } from './scene-url';

describe('readSceneParam', () => {
	it('reads the 1-based scene as a zero-based index', () => {
		expect(readSceneParam(new URLSearchParams('scene=3'), 7)).toBe(2);
	});

	it('starts at the first scene without a parameter', () => {
		expect(readSceneParam(new URLSearchParams(''), 7)).toBe(0);
	});

	it('ignores malformed values', () => {
		for (const raw of ['abc', '-2', '2.5', '1e3', '']) {
			expect(readSceneParam(new URLSearchParams({ scene: raw }), 7)).toBe(0);
		}
	});

	it('clamps to the scenes there are', () => {
		expect(readSceneParam(new URLSearchParams('scene=99'), 7)).toBe(6);
		expect(readSceneParam(new URLSearchParams('scene=0'), 7)).toBe(0);
	});
});

describe('writeSceneParam', () => {
	it('writes the 1-based scene and keeps the other parameters and the hash', () => {
		const url = writeSceneParam(new URL('http://x/b/a/present?print&scene=1#k'), 4);
		expect(url.searchParams.get('scene')).toBe('5');
		expect(url.searchParams.has('print')).toBe(true);
		expect(url.hash).toBe('#k');
	});
});
