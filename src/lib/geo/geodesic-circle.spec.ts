import { describe, expect, it } from 'vitest';
import { circleVertexCount, traceGeodesicCircle } from './geodesic-circle';
import { worstRadiusErrorM } from './fixtures/measure';

describe('circleVertexCount', () => {
	it('uses a 1° azimuth grid for the seed figures (200 to 2,500 km)', () => {
		expect([200e3, 1700e3, 2500e3].map((radiusM) => circleVertexCount(radiusM))).toEqual([
			360, 360, 360
		]);
	});

	it('adds vertices to keep segments of wide rings under 50 km, in fours', () => {
		const count = circleVertexCount(5000e3);
		expect(count).toBeGreaterThan(360);
		expect(count % 4).toBe(0);
		// 2π · 6,371 km · sin(5,000 / 6,371) ≈ 28,330 km of ring: at least 567 segments.
		expect(count).toBeGreaterThanOrEqual(567);
	});

	it('follows a coarser azimuth step when asked', () => {
		expect(circleVertexCount(200e3, { maxAzimuthStepDeg: 5 })).toBe(72);
	});
});

describe('traceGeodesicCircle', () => {
	it('traces clockwise on the ground, from due north', () => {
		const { azimuths, points } = traceGeodesicCircle([51.5, 33.9], 1000e3);
		expect(azimuths.slice(0, 3)).toEqual([0, 1, 2]);
		expect(points[90]![0]).toBeGreaterThan(51.5);
		expect(points[270]![0]).toBeLessThan(51.5);
	});

	it('adds vertices where a ring passes close to a pole', () => {
		const { points } = traceGeodesicCircle([0, 85], 1000e3);
		expect(points.length).toBeGreaterThan(360);
		const steps = points.map((p, i) => {
			const next = points[(i + 1) % points.length]!;
			const step = Math.abs(next[0] - p[0]);
			return Math.min(step, 360 - step);
		});
		expect(Math.max(...steps)).toBeLessThanOrEqual(2);
		expect(worstRadiusErrorM([0, 85], points, 1000e3)).toBeLessThan(1);
	});

	it('mirrors the west half from the east half exactly', () => {
		const origin: [number, number] = [10, 40];
		const { points } = traceGeodesicCircle(origin, 2000e3);
		for (const k of [1, 45, 90, 179]) {
			const east = points[k]!;
			const west = points[360 - k]!;
			expect(west[1]).toBe(east[1]);
			expect(west[0] - origin[0]).toBeCloseTo(origin[0] - east[0], 10);
		}
	});
});
