import { describe, expect, it } from 'vitest';
import { signedRingArea } from './ring-area';

const square = [
	[0, 0],
	[2, 0],
	[2, 2],
	[0, 2],
	[0, 0]
];

describe('signedRingArea', () => {
	it('is the area, positive for a counter-clockwise ring', () => {
		expect(signedRingArea(square)).toBe(4);
	});

	it('is negative for the same ring run clockwise', () => {
		expect(signedRingArea([...square].reverse())).toBe(-4);
	});

	it('does not depend on the closing position being repeated', () => {
		expect(signedRingArea(square.slice(0, -1))).toBe(4);
	});

	it('is zero for a ring that encloses nothing', () => {
		expect(
			signedRingArea([
				[0, 0],
				[1, 1],
				[2, 2],
				[0, 0]
			])
		).toBe(0);
	});
});
