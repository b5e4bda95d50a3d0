import { describe, expect, it } from 'vitest';
import { buildGeodesicLine } from '../../geo/geodesic-line';
import {
	formatBearing,
	formatKm,
	formatNm,
	measurementData,
	measurementLabel
} from './distance-style';

describe('distance tool formatting', () => {
	it('shows km and nautical miles to 0.1, with thousands separators', () => {
		expect(formatKm(2514.2689)).toBe('2,514.3 km');
		expect(formatKm(0.04)).toBe('0.0 km');
		expect(formatNm(1357.61)).toBe('1,357.6 nmi');
	});

	it('keeps bearings in [0, 360)', () => {
		expect(formatBearing(359.97)).toBe('0.0°');
		expect(formatBearing(45)).toBe('45.0°');
	});

	it('labels and draws the geodesic with its ends', () => {
		const from: [number, number] = [51.57704, 33.89533];
		const to: [number, number] = [30.5238, 50.45466];
		const line = buildGeodesicLine(from, to);
		expect(measurementLabel(line)).toMatch(
			/^2,5\d\d\.\d km · 1,3\d\d\.\d nmi · initial bearing 3\d\d\.\d°$/
		);
		const data = measurementData(from, to, line);
		expect(data.features.map((f) => f.geometry.type)).toEqual(['LineString', 'Point', 'Point']);
		expect(measurementData(from, undefined, undefined).features).toHaveLength(1);
	});
});
