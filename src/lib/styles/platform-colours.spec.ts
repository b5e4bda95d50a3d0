import { describe, expect, it } from 'vitest';
import { PALETTE } from './basemap-palette';
import { contrastRatio, platformColours, PLATFORM_PALETTE } from './platform-colours';

describe('platform colours', () => {
	it('computes WCAG contrast ratios', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
		expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
	});

	for (const theme of ['light', 'dark'] as const) {
		it(`keeps 3:1 against the ${theme} land and emphasised land`, () => {
			for (const colour of PLATFORM_PALETTE[theme]) {
				for (const fill of [PALETTE[theme].land, PALETTE[theme].emphasis]) {
					expect(contrastRatio(colour, fill), `${colour} on ${fill}`).toBeGreaterThanOrEqual(3);
				}
			}
		});
	}

	it('gives each platform its own colour, stable when others are hidden', () => {
		const ids = ['shahed-129', 'shahed-191', 'shahed-136'];
		const colours = platformColours(ids, 'light');
		expect(new Set(colours.values()).size).toBe(3);
		expect(colours.get('shahed-129')).toBe(PLATFORM_PALETTE.light[0]);
		expect(platformColours(ids, 'dark').get('shahed-136')).toBe(PLATFORM_PALETTE.dark[2]);
	});
});
