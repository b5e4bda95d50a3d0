import { describe, expect, it } from 'vitest';
import { formatKmRange } from './labels';

describe('formatKmRange', () => {
	it('shows a single figure once', () => {
		expect(formatKmRange(1700, 1700)).toBe('1,700 km');
	});
	it('shows a band with an en dash', () => {
		expect(formatKmRange(2000, 2500)).toBe('2,000–2,500 km');
	});
});
