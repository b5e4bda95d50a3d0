import { describe, expect, it } from 'vitest';
import { markerLifts } from './marker-stacks';

const label = (id: string, x: number, y: number, width = 80) => ({ id, x, y, width, height: 24 });

describe('markerLifts', () => {
	it('stacks markers that share a point into a column above it', () => {
		const lifts = markerLifts([
			label('gloucester', 500, 400),
			label('a417', 500, 400),
			label('birdlip', 500, 400)
		]);
		expect(Object.fromEntries(lifts)).toEqual({ gloucester: 0, a417: 26, birdlip: 52 });
	});

	it('lifts a neighbour whose label would overlap, and only as far as it must', () => {
		// Cirencester's label would cover the right half of Gloucester's, 10 px lower.
		const lifts = markerLifts([label('gloucester', 500, 400), label('cirencester', 540, 410)]);
		expect(lifts.get('gloucester')).toBe(0);
		expect(lifts.get('cirencester')).toBe(36);
	});

	it('leaves markers that are clear of each other where they are', () => {
		const lifts = markerLifts([label('a', 100, 100), label('b', 300, 100), label('c', 100, 200)]);
		expect([...lifts.values()]).toEqual([0, 0, 0]);
	});

	it('climbs past a column already standing where it would rise', () => {
		const lifts = markerLifts([
			label('a', 500, 400),
			label('b', 500, 400),
			label('c', 560, 400) // overlaps a, and b above it: goes above both
		]);
		expect(lifts.get('c')).toBe(52);
	});
});
