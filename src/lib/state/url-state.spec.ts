import { describe, expect, it } from 'vitest';
import { readExploreUrlState, writeExploreUrlState } from './url-state';

describe('readExploreUrlState', () => {
	it('reads place, layers and origin', () => {
		const state = readExploreUrlState(
			new URLSearchParams('place=kyiv&layers=places,countries&origin=51.5,33.9')
		);
		expect(state).toEqual({ place: 'kyiv', layers: ['places', 'countries'], origin: '51.5,33.9' });
	});

	it('drops values that are not ids', () => {
		const state = readExploreUrlState(
			new URLSearchParams('place=<script>&layers=places,../x&origin=javascript:1')
		);
		expect(state).toEqual({ layers: ['places'] });
	});

	it('reads a timeline date and drops a malformed one', () => {
		expect(readExploreUrlState(new URLSearchParams('date=2022-07-05')).date).toBe('2022-07-05');
		expect(readExploreUrlState(new URLSearchParams('date=July')).date).toBeUndefined();
	});

	it('drops a date with the shape of a day that does not exist', () => {
		for (const date of ['2022-02-30', '2022-13-01', '2022-07'])
			expect(readExploreUrlState(new URLSearchParams(`date=${date}`)).date, date).toBeUndefined();
	});

	it('reads the platforms whose bands are drawn, dropping non-ids', () => {
		expect(readExploreUrlState(new URLSearchParams('platforms=shahed-129,<b>')).platforms).toEqual([
			'shahed-129'
		]);
		expect(readExploreUrlState(new URLSearchParams('platforms=')).platforms).toEqual([]);
	});

	it('keeps an empty layer list distinct from no list', () => {
		expect(readExploreUrlState(new URLSearchParams('layers=')).layers).toEqual([]);
		expect(readExploreUrlState(new URLSearchParams('')).layers).toBeUndefined();
	});
});

describe('writeExploreUrlState', () => {
	it('round-trips and keeps the hash', () => {
		const url = writeExploreUrlState(new URL('http://x/b/a#4/34/51'), {
			place: 'tehran',
			layers: ['places']
		});
		expect(url.hash).toBe('#4/34/51');
		expect(readExploreUrlState(url.searchParams)).toEqual({ place: 'tehran', layers: ['places'] });
	});

	it('removes what is unset', () => {
		const url = writeExploreUrlState(new URL('http://x/b/a?place=kyiv'), {});
		expect(url.search).toBe('');
	});
});
