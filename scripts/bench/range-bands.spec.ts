import { describe, expect, it } from 'vitest';
import { formatRangeBandsBench, runRangeBandsBench } from './range-bands';
import { seedPlatforms } from '../../src/lib/geo/fixtures/seed-platforms';

describe('runRangeBandsBench', () => {
	const result = runRangeBandsBench({ updates: 10, passes: 1, platforms: seedPlatforms });

	it('times every update of the drag path', () => {
		expect(result.updates).toBe(10);
		expect(result.rings).toBe(5);
		expect(result.featuresPerUpdate).toBe(11);
		expect(result.geodesicBands.medianMs).toBeGreaterThan(0);
		expect(result.geodesicBands.p95Ms).toBeGreaterThanOrEqual(result.geodesicBands.medianMs);
	});

	it('reports the sphere hundreds of metres off and the geodesic rings exact', () => {
		for (const row of result.accuracy) {
			expect(row.turfMaxErrorM).toBeGreaterThan(100);
			expect(row.geodesicMaxErrorM).toBeLessThan(1e-6);
		}
	});

	it('prints a Markdown table row per radius', () => {
		expect(formatRangeBandsBench(result)).toContain('| 2,500 |');
	});
});
