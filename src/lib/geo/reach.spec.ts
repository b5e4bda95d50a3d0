import { describe, expect, it } from 'vitest';
import type { RangeFigure } from '../briefing/types';
import { classifyReach, reachPlacesOf, reachStatus } from './reach';
import { measureM, pointAt } from './fixtures/measure';
import { seedPlaces, seedPlatforms } from './fixtures/seed-platforms';

const KASHAN = seedPlaces.kashanAirfield;
const places = [
	{ id: 'tehran', position: seedPlaces.tehran },
	{ id: 'kyiv', position: seedPlaces.kyiv },
	{ id: 'moscow', position: seedPlaces.moscow }
];
const figuresOf = (platformId: string): RangeFigure[] =>
	seedPlatforms.find((platform) => platform.id === platformId)?.ranges ?? [];

describe('classifyReach from Kashan Airfield', () => {
	it('measures each place on the ellipsoid', () => {
		const reach = classifyReach(KASHAN, places, []);
		for (const row of reach) {
			const place = places.find((p) => p.id === row.placeId)!;
			expect(row.distanceM).toBeCloseTo(measureM(KASHAN, place.position), 3);
		}
		// Rounded figures, for the reader: haversine gives 201, 2,512 and 2,657 km.
		expect(reach.map((row) => Math.round(row.distanceM / 1000))).toEqual([200, 2514, 2656]);
	});

	it('puts Tehran inside every Shahed-129 flight range but just outside its 200 km control radius', () => {
		// Figures in order: 1,700; 1,700–1,800; 2,000; 200 (control radius). Tehran is 200.09 km away.
		const [tehran] = classifyReach(KASHAN, places, figuresOf('shahed-129'));
		expect(tehran?.statuses).toEqual(['inside', 'inside', 'inside', 'outside']);
	});

	it('leaves Kyiv and Moscow beyond every Shahed-129 figure', () => {
		const [, kyiv, moscow] = classifyReach(KASHAN, places, figuresOf('shahed-129'));
		expect(kyiv?.statuses).toEqual(['outside', 'outside', 'outside', 'outside']);
		expect(moscow?.statuses).toEqual(['outside', 'outside', 'outside', 'outside']);
	});

	it('leaves Kyiv (2,514 km) just beyond the Shahed-136 2,000–2,500 km one-way range', () => {
		const reach = classifyReach(KASHAN, places, figuresOf('shahed-136'));
		expect(reach.map((row) => row.statuses)).toEqual([['inside'], ['outside'], ['outside']]);
	});

	it('leaves Tehran outside the Mohajer-6 200 km control radius', () => {
		const [tehran] = classifyReach(KASHAN, places, figuresOf('mohajer-6'));
		expect(tehran?.statuses).toEqual(['outside']);
	});

	it('marks a place only the high figure reaches as high-only', () => {
		const between = { id: 'between', position: pointAt(KASHAN, 300, 2250e3) };
		const [row] = classifyReach(KASHAN, [between], figuresOf('shahed-136'));
		expect(row?.statuses).toEqual(['high-only']);
	});
});

describe('reachStatus at the edges of a figure', () => {
	const figure = { lowKm: 2000, highKm: 2500 };

	it('counts the low figure itself as reached by every reading', () => {
		expect(reachStatus(2_000_000, figure)).toBe('inside');
		expect(reachStatus(2_000_001, figure)).toBe('high-only');
	});

	it('counts the high figure itself as reached, a metre more as not', () => {
		expect(reachStatus(2_500_000, figure)).toBe('high-only');
		expect(reachStatus(2_500_001, figure)).toBe('outside');
	});
});

describe('reachPlacesOf', () => {
	it('keeps point places and leaves areas out', () => {
		const source = { publisher: 'test' };
		const properties = {
			name: 'x',
			aliases: [],
			kind: 'city' as const,
			role: 'x',
			prominence: 'context' as const,
			sources: [source],
			mentions: []
		};
		const places = reachPlacesOf({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					id: 'kyiv',
					geometry: { type: 'Point', coordinates: seedPlaces.kyiv },
					properties
				},
				{
					type: 'Feature',
					id: 'box',
					geometry: {
						type: 'Polygon',
						coordinates: [
							[
								[0, 0],
								[1, 0],
								[1, 1],
								[0, 0]
							]
						]
					},
					properties: { ...properties, kind: 'country' as const }
				}
			]
		});
		expect(places).toEqual([{ id: 'kyiv', position: seedPlaces.kyiv }]);
	});
});
