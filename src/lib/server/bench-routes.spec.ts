import { describe, expect, it } from 'vitest';
import { benchRoutesEnabled } from './bench-routes';

describe('benchmark-only pages', () => {
	it('are served only when the benchmark asks for them', () => {
		expect(benchRoutesEnabled({ BRIEFMAP_BENCH: '1' })).toBe(true);
		expect(benchRoutesEnabled({})).toBe(false);
		expect(benchRoutesEnabled({ BRIEFMAP_BENCH: '0' })).toBe(false);
		expect(benchRoutesEnabled({ BRIEFMAP_BENCH: '' })).toBe(false);
	});
});
