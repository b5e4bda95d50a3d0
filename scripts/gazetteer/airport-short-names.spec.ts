import { describe, expect, it } from 'vitest';
import { addAirportShortNames } from './airport-short-names.ts';
import { shortRegionName } from './sources.ts';
import type { SourceEntry } from './sources.ts';

const entry = (name: string, kind: SourceEntry['kind'], featureCode: string): SourceEntry => ({
	name,
	aliases: [],
	kind,
	lat: 0,
	lon: 0,
	country: 'GB',
	admin1: '',
	population: 0,
	featureCode,
	source: 'test',
	id: name
});

describe('short names of large airports', () => {
	it('are the name less its town and facility words, unless an English word', () => {
		const heathrow = entry('London Heathrow Airport', 'airport', 'large_airport');
		const birmingham = entry('Birmingham International Airport', 'airport', 'large_airport');
		const small = entry('London Biggin Hill Airport', 'airport', 'medium_airport');
		const towns = [entry('London', 'city', 'PPLC'), entry('Birmingham', 'city', 'PPLA2')];
		const added = addAirportShortNames(
			[heathrow, birmingham, small],
			towns,
			new Set(['international'])
		);
		expect(added).toEqual(['Heathrow']);
		expect(heathrow.aliases).toEqual(['Heathrow']);
		expect(birmingham.aliases).toEqual([]);
		expect(small.aliases).toEqual([]);
	});
});

describe('short names of regions', () => {
	it('drop a people’s name or "Autonomous …" but never leave a people’s adjective', () => {
		expect(shortRegionName('Guangxi Zhuang')).toBe('Guangxi');
		expect(shortRegionName('Chukotka Autonomous Okrug')).toBe('Chukotka');
		expect(shortRegionName('Autonomous Republic of Crimea')).toBe('Crimea');
		expect(shortRegionName('Jewish Autonomous Oblast')).toBe('Jewish Autonomous Oblast');
		expect(shortRegionName('Sindh Province')).toBe('Sindh');
	});
});
