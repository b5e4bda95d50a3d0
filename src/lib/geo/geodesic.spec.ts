import { describe, expect, it } from 'vitest';
import {
	connectGeodesic,
	castGeodesicRay,
	geodesicDistanceM,
	solveDirect,
	solveInverse
} from './geodesic';

// Reference values from GeographicLib's own test suite (GeodSolve0, GeodSolve1, GeodSolve76),
// given there as (lat, lon): these catch a swapped coordinate order in the wrappers.
const JFK: [number, number] = [-73.8, 40.6];
const CDG: [number, number] = [2.55, 49.01666667];

describe('solveInverse', () => {
	it('gives the distance and azimuths of JFK to Paris CDG', () => {
		const solution = solveInverse(JFK, CDG);
		expect(solution.distanceM).toBeCloseTo(5853226, 0);
		expect(solution.initialAzimuthDeg).toBeCloseTo(53.47022, 4);
		expect(solution.finalAzimuthDeg).toBeCloseTo(111.59367, 4);
	});

	it('solves Wellington to Salamanca, where Vincenty fails to converge', () => {
		const wellington: [number, number] = [174 + 49 / 60, -(41 + 19 / 60)];
		const salamanca: [number, number] = [-(5 + 30 / 60), 40 + 58 / 60];
		expect(geodesicDistanceM(wellington, salamanca)).toBeCloseTo(19960543.857179, 5);
	});
});

describe('solveDirect', () => {
	it('lands 5,850 km from JFK on azimuth 53.5° where GeographicLib says', () => {
		const { position, finalAzimuthDeg } = solveDirect([-73.77888889, 40.63972222], 53.5, 5850e3);
		expect(position[0]).toBeCloseTo(2.56106, 4);
		expect(position[1]).toBeCloseTo(49.01467, 4);
		expect(finalAzimuthDeg).toBeCloseTo(111.62947, 4);
	});
});

describe('castGeodesicRay', () => {
	it('reaches the same points as the direct problem at several distances', () => {
		const origin: [number, number] = [51.57704, 33.89533];
		const ray = castGeodesicRay(origin, 317);
		for (const distanceM of [200e3, 1700e3, 2500e3]) {
			const expected = solveDirect(origin, 317, distanceM).position;
			const p = ray.positionAt(distanceM);
			expect([p.lon, p.lat]).toEqual([
				expect.closeTo(expected[0], 10),
				expect.closeTo(expected[1], 10)
			]);
		}
	});
});

describe('connectGeodesic', () => {
	it('ends its path at the destination', () => {
		const path = connectGeodesic(JFK, CDG);
		const end = path.positionAt(path.distanceM);
		expect(end.lon).toBeCloseTo(CDG[0], 9);
		expect(end.lat).toBeCloseTo(CDG[1], 9);
	});
});
