import { describe, expect, it } from 'vitest';
import { shiftInto } from './keep-popup-in-view';

describe('shiftInto', () => {
	it('leaves a span that is inside alone', () => {
		expect(shiftInto(10, 90, 0, 100)).toBe(0);
	});
	it('moves a span that starts before the edge forward', () => {
		expect(shiftInto(-40, 60, 0, 100)).toBe(40);
	});
	it('moves a span that ends past the edge back', () => {
		expect(shiftInto(50, 130, 0, 100)).toBe(-30);
	});
	it('keeps the start in view when the span is longer than the room', () => {
		expect(shiftInto(20, 180, 0, 100)).toBe(-20);
	});
});
