import { describe, expect, it } from 'vitest';
import { ID_MAX_LENGTH, isId } from './ids';

describe('isId', () => {
	it('takes slug words joined by single hyphens', () => {
		for (const id of ['kashan-airfield', 'shahed-129', 'iran-drones-2022', 'p1'])
			expect(isId(id), id).toBe(true);
	});
	it('refuses capitals, stray hyphens, paths and markup', () => {
		for (const id of ['', 'Kashan', '-a', 'a-', 'a--b', 'a_b', '../x', 'a/b', '<b>', 'a b'])
			expect(isId(id), id).toBe(false);
	});
	it('refuses ids longer than the limit', () => {
		expect(isId('a'.repeat(ID_MAX_LENGTH))).toBe(true);
		expect(isId('a'.repeat(ID_MAX_LENGTH + 1))).toBe(false);
	});
});
