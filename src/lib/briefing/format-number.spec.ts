import { describe, expect, it } from 'vitest';
import { formatBearing, formatKm, formatNm } from './format-number';

describe('distance and bearing formatting', () => {
	it('shows km and nautical miles to 0.1, with thousands separators', () => {
		expect(formatKm(2514.2689)).toBe('2,514.3 km');
		expect(formatKm(0.04)).toBe('0.0 km');
		expect(formatNm(1357.61)).toBe('1,357.6 nmi');
	});

	it('keeps bearings in [0, 360)', () => {
		expect(formatBearing(359.97)).toBe('0.0°');
		expect(formatBearing(45)).toBe('45.0°');
	});
});
