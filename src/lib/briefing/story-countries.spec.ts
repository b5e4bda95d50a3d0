import { describe, expect, it } from 'vitest';
import { storyCountries, storyCountryCodes } from './story-countries';
import type { PlaceKind } from './types';

const place = (id: string, kind: PlaceKind, countryCode?: string) => ({
	id,
	properties: { kind, countryCode }
});

describe('the story’s countries', () => {
	const places = [
		place('iran', 'country', '364'),
		place('kashan', 'city', '364'),
		place('atlantis', 'country'),
		place('ukraine', 'country', '804'),
		place('ukraine-again', 'country', '804')
	];
	it('are the country places with a code', () => {
		expect(storyCountries(places).map((p) => p.id)).toEqual(['iran', 'ukraine', 'ukraine-again']);
	});
	it('give each code once, and never a city’s code', () => {
		expect(storyCountryCodes([place('kashan', 'city', '364')])).toEqual([]);
		expect(storyCountryCodes(places)).toEqual(['364', '804']);
	});
});
