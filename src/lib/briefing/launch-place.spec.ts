import { describe, expect, it } from 'vitest';
import { launchPlace, pointPlaces } from './launch-place';
import type { PlaceFeature, PlaceKind } from './types';

function place(id: string, kind: PlaceKind, lon = 0, lat = 0): PlaceFeature {
	return {
		type: 'Feature',
		id,
		geometry: { type: 'Point', coordinates: [lon, lat] },
		properties: {
			name: id,
			aliases: [],
			kind,
			role: 'r',
			prominence: 'primary',
			sources: [{ publisher: 'p' }],
			mentions: []
		}
	};
}

const iran = place('iran', 'country', 53, 32);
const kashan = place('kashan-airfield', 'airfield', 51.577, 33.895);
const tehran = place('tehran', 'capital', 51.389, 35.689);
const briefing = (defaultLaunchPlace: string | undefined, features: PlaceFeature[]) => ({
	meta: { defaultLaunchPlace },
	places: { features }
});

describe('pointPlaces', () => {
	it('lists the points that are not countries, with their positions', () => {
		expect(pointPlaces([iran, kashan, tehran])).toEqual([
			{ placeId: 'kashan-airfield', name: 'kashan-airfield', position: [51.577, 33.895] },
			{ placeId: 'tehran', name: 'tehran', position: [51.389, 35.689] }
		]);
	});
});

describe('launchPlace', () => {
	it('is the briefing’s default launch place', () => {
		expect(launchPlace(briefing('tehran', [iran, kashan, tehran]))?.placeId).toBe('tehran');
	});
	it('falls back to the first point place when none is set', () => {
		expect(launchPlace(briefing(undefined, [iran, kashan, tehran]))?.placeId).toBe(
			'kashan-airfield'
		);
	});
	it('falls back when the default is a country, which cannot launch anything', () => {
		expect(launchPlace(briefing('iran', [iran, tehran]))?.placeId).toBe('tehran');
	});
	it('is undefined without point places', () => {
		expect(launchPlace(briefing(undefined, [iran]))).toBeUndefined();
	});
});
