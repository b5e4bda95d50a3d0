import { describe, expect, it } from 'vitest';
import { buildGeodesicLine } from '../../geo/geodesic-line';
import { measurementData, measurementLabel } from './distance-style';

describe('distance tool line', () => {
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
