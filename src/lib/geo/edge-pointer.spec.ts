import { describe, expect, it } from 'vitest';
import { edgePointer } from './edge-pointer';

describe('edgePointer', () => {
	it('needs no pointer for a target on screen', () => {
		expect(edgePointer({ x: 10, y: 10 }, 100, 50, 5)).toBeUndefined();
	});

	it('pins a target far to the west to the left edge, level with it', () => {
		expect(edgePointer({ x: -1000, y: 25 }, 100, 50, 5)).toEqual({ x: 5, y: 25, angleDeg: 180 });
	});

	it('pins a target up and to the right on the edge it leaves through', () => {
		const pointer = edgePointer({ x: 250, y: -50 }, 100, 50, 0)!;
		expect(pointer.x).toBeCloseTo(100);
		expect(pointer.y).toBeCloseTo(25 - 75 * (50 / 200));
		expect(pointer.angleDeg).toBeCloseTo(-20.556, 2);
	});
});
