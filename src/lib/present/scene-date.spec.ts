import { describe, expect, it } from 'vitest';
import { formatSceneDate } from './scene-date';

describe('formatSceneDate', () => {
	it('writes a day in words', () => {
		expect(formatSceneDate('2022-07-05')).toBe('5 July 2022');
	});

	it('writes a month or a year alone', () => {
		expect(formatSceneDate('2022-07')).toBe('July 2022');
		expect(formatSceneDate('2022')).toBe('2022');
	});

	it('returns what it cannot read unchanged', () => {
		expect(formatSceneDate('2022-13-01')).toBe('2022-13-01');
		expect(formatSceneDate('mid-July')).toBe('mid-July');
	});
});
