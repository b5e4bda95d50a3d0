import { describe, expect, it } from 'vitest';
import { isPlausibleId, parseCollectionId } from './ids';

describe('isPlausibleId', () => {
	it('accepts ids used in the data', () => {
		for (const id of ['iran-drones-2022', 'kashan-airfield', 'shahed_129', 'a.places', '2022']) {
			expect(isPlausibleId(id)).toBe(true);
		}
	});

	it.each([
		'',
		'..',
		'../etc',
		'..%2Fetc',
		'a/b',
		'a\\b',
		'a..b',
		'.hidden',
		'a\u0000b',
		'a b',
		'%2e%2e'
	])('refuses %j', (id) => {
		expect(isPlausibleId(id)).toBe(false);
	});
});

describe('parseCollectionId', () => {
	it('splits at the last dot', () => {
		expect(parseCollectionId('iran-drones-2022.places')).toEqual({
			briefingId: 'iran-drones-2022',
			suffix: 'places'
		});
	});

	it.each(['places', '.places', 'alpha.', '../alpha.places', 'alpha..places'])(
		'refuses %j',
		(id) => {
			expect(parseCollectionId(id)).toBeNull();
		}
	);
});
