import { describe, expect, it } from 'vitest';
import { addEnglishNames } from './english-names.ts';
import { regionNameKey } from './region-towns.ts';
import type { SourceEntry } from './sources.ts';

const town = (name: string, lat: number, lon: number, population: number): SourceEntry => ({
	name,
	aliases: [],
	kind: 'city',
	lat,
	lon,
	country: 'SE',
	admin1: '28',
	population,
	featureCode: 'PPL',
	source: 'geonames',
	id: name
});

const simpleMaps = (city: string, lat: number, lng: number, population: number) => ({
	city,
	city_ascii: city,
	lat: String(lat),
	lng: String(lng),
	iso2: 'SE',
	population: String(population),
	id: `sm-${city}`
});

describe('English town names from SimpleMaps', () => {
	it('become aliases of the GeoNames town of about the same size at the same place', () => {
		const goteborg = town('Göteborg', 57.707, 11.967, 572_799);
		const { names, districts } = addEnglishNames(
			[goteborg],
			[],
			[simpleMaps('Gothenburg', 57.7075, 11.9675, 607_882)]
		);
		expect(goteborg.aliases).toEqual(['Gothenburg']);
		expect(names).toEqual(['Gothenburg']);
		expect(districts).toEqual([]);
	});

	it('make a district a place of its own, not another name for the city around it', () => {
		const city = town('Stad', 57.7, 11.97, 2_000_000);
		const { districts } = addEnglishNames([city], [], [simpleMaps('Kvarter', 57.65, 11.9, 50_000)]);
		expect(city.aliases).toEqual([]);
		expect(districts).toMatchObject([
			{
				name: 'Kvarter',
				kind: 'city',
				featureCode: 'PPLX',
				population: 50_000,
				source: 'simplemaps'
			}
		]);
	});

	it('add nothing the country already names, or far from every GeoNames town', () => {
		const goteborg = town('Göteborg', 57.707, 11.967, 572_799);
		const other = town('Gothenburg', 59.3, 18.0, 1_000);
		const { names } = addEnglishNames(
			[goteborg, other],
			[],
			[simpleMaps('Gothenburg', 57.7075, 11.9675, 607_882), simpleMaps('Nowhere', 65, 20, 9_000)]
		);
		expect(names).toEqual([]);
		expect(goteborg.aliases).toEqual([]);
	});
});

describe('region names', () => {
	it('lose the words their sources add around them', () => {
		expect(regionNameKey('London Borough of Bromley')).toBe('bromley');
		expect(regionNameKey('Bristol, City of')).toBe(regionNameKey('City of Bristol'));
		expect(regionNameKey('Bridgend County Borough')).toBe('bridgend');
	});
});
