import { describe, expect, it } from 'vitest';
import { movePointsIntoCountry, withoutDuplicates } from './build.ts';
import type { SourceEntry } from './sources.ts';

const region = (id: string, lat: number, lon: number): SourceEntry => ({
	name: id,
	aliases: [],
	kind: 'admin1',
	lat,
	lon,
	country: id.slice(0, 2),
	admin1: id.slice(3),
	population: 0,
	featureCode: 'ADM1',
	source: 'country-state-city',
	id
});

// A toy world: country "AA" is everything east of longitude 0.
const countryAt = (_lat: number, lon: number) => (lon > 0 ? 'AA' : 'BB');

describe('region points outside their country', () => {
	it('move to the median of the region’s towns inside the country', () => {
		const misplaced = region('AA-X', 40, -90);
		const towns = new Map<string, [number, number][]>([
			[
				'AA-X',
				[
					[10, 10],
					[12, 14],
					[11, 12],
					[50, -50]
				]
			]
		]);
		expect(movePointsIntoCountry([misplaced], countryAt, towns, new Map())).toBe(1);
		expect([misplaced.lat, misplaced.lon]).toEqual([11, 12]);
	});

	it('stay where they are when no town of theirs is inside', () => {
		const island = region('AA-Y', 5, -5);
		expect(
			movePointsIntoCountry([island], countryAt, new Map([['AA-Y', [[6, -6]]]]), new Map())
		).toBe(0);
		expect([island.lat, island.lon]).toEqual([5, -5]);
	});
});

describe('first-level regions named like a country', () => {
	const country = (code: string, name: string, lat: number, lon: number): SourceEntry => ({
		...region(`${code}-X`, lat, lon),
		name,
		kind: 'country',
		country: code,
		id: code
	});
	it('are left out when they are that country, kept when they are elsewhere', () => {
		const countries = [country('TW', 'Taiwan', 23.7, 121), country('GE', 'Georgia', 42, 43.5)];
		const taiwanProvince = { ...region('CN-TW', 23.6, 121.1), name: 'Taiwan' };
		const georgiaState = { ...region('US-GA', 32.7, -83.4), name: 'Georgia' };
		const kept = withoutDuplicates([taiwanProvince, georgiaState], countries, [], () => undefined);
		expect(kept.map((r) => r.id)).toEqual(['US-GA']);
	});
});

describe('region points outside their country, without towns of their own there', () => {
	it('move to the median of the towns SimpleMaps files under the region’s name', () => {
		const kent = { ...region('AA-KEN', 41, -81), name: 'Kent' };
		const byName = new Map<string, [number, number][]>([
			[
				'AA:kent',
				[
					[51.3, 1.1],
					[51.2, 0.5],
					[51.1, 0.9]
				]
			]
		]);
		expect(movePointsIntoCountry([kent], countryAt, new Map(), byName)).toBe(1);
		expect([kent.lat, kent.lon]).toEqual([51.2, 0.9]);
	});
});
