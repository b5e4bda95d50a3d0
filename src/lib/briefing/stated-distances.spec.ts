import { describe, expect, it } from 'vitest';
import { checkStatedDistance, findStatedDistances } from './stated-distances';

const place = (id: string, name: string, lon: number, lat: number, aliases: string[] = []) => ({
	id,
	geometry: { type: 'Point' as const, coordinates: [lon, lat] },
	properties: { name, aliases }
});

// GeoNames' Kashan and OurAirports' Kashan Airfield: 16.85 km apart on the WGS84 ellipsoid.
const kashan = place('kashan', 'Kashan', 51.42769, 33.98237);
const airfield = place('kashan-airfield', 'Kashan Airfield', 51.57704, 33.89533, ['the airfield']);
const tehran = place('tehran', 'Tehran', 51.42151, 35.69439);
const places = new Map([kashan, airfield, tehran].map((p) => [p.id, p]));
const all = [...places.values()];

describe('findStatedDistances', () => {
	it('finds "N km [direction] of/from <place>" with the place it names', () => {
		expect(
			findStatedDistances(
				'Run by the IRGC, about 17 km south-east of Kashan and roughly 200 km from Tehran.',
				all
			)
		).toEqual([
			{
				km: 17,
				direction: 'south-east',
				fromPlaceId: 'kashan',
				words: '17 km south-east of Kashan'
			},
			{ km: 200, direction: undefined, fromPlaceId: 'tehran', words: '200 km from Tehran' }
		]);
	});

	it('prefers the longest name and matches an alias', () => {
		expect(
			findStatedDistances('1,000 km of Kashan Airfield; 5 km from the airfield', all).map(
				(s) => `${s.km}:${s.fromPlaceId}`
			)
		).toEqual(['1000:kashan-airfield', '5:kashan-airfield']);
	});

	it('ignores distances that name no place of the briefing', () => {
		expect(findStatedDistances('1,700 km in 24 hours, about 850 km out and back', all)).toEqual([]);
	});
});

describe('checkStatedDistance', () => {
	const check = (text: string, subject = airfield) =>
		checkStatedDistance(findStatedDistances(text, all)[0]!, subject, places);

	it('rejects the gazetteer figure that contradicts the coordinates', () => {
		expect(check('about 12 km south-east of Kashan')).toBe(
			'"12 km south-east of Kashan" contradicts the coordinates: Kashan Airfield from Kashan is 16.8 km on the WGS84 ellipsoid'
		);
	});

	it('accepts the distance measured between the two points, in either direction', () => {
		expect(check('about 17 km south-east of Kashan')).toBeUndefined();
		expect(check('about 17 km north-west of the airfield', kashan)).toBeUndefined();
		expect(check('about 200 km south of Tehran')).toBeUndefined();
	});

	it('rejects a direction the coordinates contradict', () => {
		expect(check('about 17 km north-west of Kashan')).toMatch(/lies at an azimuth of 125°$/);
	});
});
