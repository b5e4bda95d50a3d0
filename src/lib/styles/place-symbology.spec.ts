import { scaleSqrt } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { tinyPlaces } from '../briefing/fixtures/tiny-briefing';
import type { PlaceFeature } from '../briefing/types';
import { mentionRadius, placeSymbols } from './place-symbology';

function withKind(place: PlaceFeature, kind: PlaceFeature['properties']['kind']): PlaceFeature {
	return { ...place, properties: { ...place.properties, kind } };
}

describe('placeSymbols', () => {
	const [kashan, tehran] = tinyPlaces as [PlaceFeature, PlaceFeature];

	it('colours places by kind, differently per theme', () => {
		const places = [withKind(kashan, 'airfield'), withKind(tehran, 'capital')];
		const light = placeSymbols(places, 'light').features.map((f) => f.properties.colour);
		const dark = placeSymbols(places, 'dark').features.map((f) => f.properties.colour);
		expect(new Set(light).size).toBe(2);
		expect(light).not.toEqual(dark);
	});

	it('sizes places by how often the article names them', () => {
		const oneMention = {
			...tehran,
			properties: { ...tehran.properties, mentions: tehran.properties.mentions.slice(0, 1) }
		};
		const [two, one] = placeSymbols([kashan, oneMention], 'light').features;
		expect(two!.properties.radius).toBeGreaterThan(one!.properties.radius);
	});

	it('draws countries as labels without a dot', () => {
		const [country] = placeSymbols([withKind(kashan, 'country')], 'light').features;
		expect(country!.properties.radius).toBe(0);
	});

	it('gives primary places the lowest sort key, so their labels win', () => {
		const context = {
			...tehran,
			properties: { ...tehran.properties, prominence: 'context' as const }
		};
		const [primary, minor] = placeSymbols([kashan, context], 'light').features;
		expect(primary!.properties.sortKey).toBeLessThan(minor!.properties.sortKey);
	});
});

describe('mentionRadius', () => {
	it('is the square-root scale from 5 to 11 px, clamped, that d3 would give', () => {
		const d3 = scaleSqrt().domain([0, 9]).range([5, 11]).clamp(true);
		for (const mentions of [0, 1, 2, 4, 9, 12]) {
			expect(mentionRadius(mentions, 9)).toBeCloseTo(d3(mentions), 9);
		}
	});
	it('gives every place the smallest size when none is mentioned', () => {
		expect(mentionRadius(0, 0)).toBe(5);
	});
});
