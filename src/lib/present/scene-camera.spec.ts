import { describe, expect, it } from 'vitest';
import type { PlaceFeature } from '../briefing/types';
import {
	cameraHash,
	eastLabelRoom,
	placesBounds,
	sceneContentBounds,
	scenePadding,
	unionBounds
} from './scene-camera';

function place(id: string, geometry: PlaceFeature['geometry']): PlaceFeature {
	return {
		type: 'Feature',
		id,
		geometry,
		properties: {
			name: id,
			aliases: [],
			kind: 'city',
			role: '',
			prominence: 'primary',
			sources: [],
			mentions: []
		}
	};
}

const places = [
	place('kashan', { type: 'Point', coordinates: [51.58, 33.9] }),
	place('kyiv', { type: 'Point', coordinates: [30.52, 50.45] }),
	place('moscow', { type: 'Point', coordinates: [37.62, 55.75] }),
	place('area', {
		type: 'Polygon',
		coordinates: [
			[
				[10, 10],
				[12, 10],
				[12, 14],
				[10, 10]
			]
		]
	})
];

describe('placesBounds', () => {
	it('boxes the named points only', () => {
		expect(placesBounds(places, ['kashan', 'kyiv'])).toEqual([
			[30.52, 33.9],
			[51.58, 50.45]
		]);
	});

	it('boxes the whole outline of an area place', () => {
		expect(placesBounds(places, ['area'])).toEqual([
			[10, 10],
			[12, 14]
		]);
	});

	it('is undefined when no id is a known place', () => {
		expect(placesBounds(places, ['atlantis'])).toBeUndefined();
		expect(placesBounds(places, [])).toBeUndefined();
	});
});

describe('cameraHash', () => {
	it('writes zoom, latitude, longitude in that order, rounded', () => {
		expect(cameraHash({ center: [51.57704123, 33.89533987], zoom: 6.5 })).toBe(
			'#6.5/33.8953/51.577'
		);
	});

	it('keeps negative coordinates', () => {
		expect(cameraHash({ center: [-77.0365, 38.8977], zoom: 4.256 })).toBe('#4.26/38.8977/-77.0365');
	});
});

describe('sceneContentBounds', () => {
	it('holds the fitted and the highlighted places', () => {
		expect(
			sceneContentBounds(places, { fitPlaces: ['kashan'], highlightPlaces: ['moscow'] })
		).toEqual([
			[37.62, 33.9],
			[51.58, 55.75]
		]);
	});
	it('holds the whole of the range bands, beyond the places', () => {
		const bands = {
			type: 'FeatureCollection' as const,
			features: [
				{
					type: 'Feature' as const,
					properties: {},
					geometry: {
						type: 'LineString' as const,
						coordinates: [
							[31, 20],
							[70, 52]
						]
					}
				}
			]
		};
		expect(
			sceneContentBounds(places, { fitPlaces: ['kashan', 'kyiv'], highlightPlaces: [] }, bands)
		).toEqual([
			[30.52, 20],
			[70, 52]
		]);
	});
});

describe('unionBounds', () => {
	it('is undefined for no box', () => {
		expect(unionBounds(undefined)).toBeUndefined();
	});
});

describe('scenePadding', () => {
	it('keeps the caption band out of the frame', () => {
		expect(scenePadding(200, 80)).toEqual({ top: 80, right: 80, bottom: 280, left: 80 });
	});
});

describe('eastLabelRoom', () => {
	const west = place('Washington, D.C.', { type: 'Point', coordinates: [-77, 38.9] });
	const east = place('Tehran', { type: 'Point', coordinates: [51.4, 35.7] });

	it('is the width of the east-most place’s label, not the longest one', () => {
		const room = eastLabelRoom([west, east], { highlightPlaces: [west.id, east.id] }, 20);
		// "Tehran": 6 characters × 0.55 em, plus an em from the point, at 20 px.
		expect(room).toBe(Math.ceil((6 * 0.55 + 1) * 20));
	});

	it('stops at the label’s wrapping width, and is nothing without places', () => {
		const long = place('A'.repeat(80), { type: 'Point', coordinates: [60, 30] });
		expect(eastLabelRoom([long], { highlightPlaces: [long.id] }, 10)).toBe(100);
		expect(eastLabelRoom([long], { highlightPlaces: [] }, 10)).toBe(0);
	});
});
