import { describe, expect, it } from 'vitest';
import { cityMinZoom } from './cities';

describe('cityMinZoom', () => {
	it('shows big capitals on the continental view and small capitals soon after', () => {
		expect(cityMinZoom({ featureCode: 'PPLC', population: 7_153_309 })).toBe(2); // Tehran
		expect(cityMinZoom({ featureCode: 'PPLC', population: 200_000 })).toBe(3);
	});

	it('ranks other places by population, regional seats a little sooner', () => {
		expect(cityMinZoom({ featureCode: 'PPLA', population: 1_430_885 })).toBe(4); // Kharkiv
		expect(cityMinZoom({ featureCode: 'PPLA2', population: 336_460 })).toBe(5); // Simferopol
		expect(cityMinZoom({ featureCode: 'PPLA', population: 90_000 })).toBe(5);
		expect(cityMinZoom({ featureCode: 'PPL', population: 150_000 })).toBe(6);
		expect(cityMinZoom({ featureCode: 'PPL', population: 60_000 })).toBe(7);
	});

	it('keeps district seats whose population GeoNames lacks (Kashan), late', () => {
		expect(cityMinZoom({ featureCode: 'PPLA2', population: 0 })).toBe(7);
	});

	it('leaves out small places, city sections and places that are gone', () => {
		expect(cityMinZoom({ featureCode: 'PPL', population: 20_000 })).toBeUndefined();
		expect(cityMinZoom({ featureCode: 'PPLX', population: 2_500_000 })).toBeUndefined(); // Brooklyn
		expect(cityMinZoom({ featureCode: 'PPLH', population: 100_000 })).toBeUndefined();
	});
});
