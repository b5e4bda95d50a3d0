import { describe, expect, it } from 'vitest';
import { geodesicDistanceM } from '../geo/geodesic';
import { reachVerdict } from './reach-verdict';

describe('reachVerdict', () => {
	const control = { lowKm: 200, highKm: 200 };
	const band = { lowKm: 1700, highKm: 1800 };

	it('calls Tehran, 89 m past the ~200 km control radius from Kashan Airfield, at the edge', () => {
		const distanceM = geodesicDistanceM([51.57704, 33.89533], [51.42151, 35.69439]);
		expect(distanceM / 1000).toBeCloseTo(200.09, 2);
		expect(reachVerdict(distanceM, control)).toEqual({
			status: 'edge',
			edgeKm: 200,
			text: 'at the edge (~200 km)'
		});
	});

	it('is flat inside or outside beyond 1% of the figure', () => {
		expect(reachVerdict(197_900, control).status).toBe('inside');
		expect(reachVerdict(198_100, control).status).toBe('edge');
		expect(reachVerdict(202_000, control).status).toBe('edge');
		expect(reachVerdict(202_100, control)).toEqual({ status: 'outside', text: 'outside' });
	});

	it('names the high figure of a band', () => {
		expect(reachVerdict(1_750_000, band)).toEqual({
			status: 'high-only',
			text: 'only at the high figure'
		});
		expect(reachVerdict(1_790_000, band).text).toBe('at the edge (~1,800 km)');
		expect(reachVerdict(1_000_000, band).text).toBe('inside');
	});
});
