/**
 * One colour per platform, so each platform's rings read as one family on the map, in the legend
 * and in the reach list. Hues follow the Okabe–Ito set (distinguishable with the common
 * colour-vision deficiencies); each is darkened for the light basemap and lightened for the dark
 * one, so a ring line keeps WCAG 2.x non-text contrast (3:1) against every land fill it crosses.
 */
import { scaleOrdinal } from 'd3-scale';
import type { Theme } from './theme';

/** Okabe–Ito order: bluish green, vermillion, reddish purple, blue, orange, sky blue, yellow. */
export const PLATFORM_PALETTE: Record<Theme, readonly string[]> = {
	light: ['#007a5a', '#b84a00', '#a3457c', '#0066a0', '#946200', '#2f6f99', '#7a6f00'],
	dark: ['#3fd6a5', '#ff8c4a', '#f2a0cf', '#6cb8ff', '#f0b43c', '#8fd3ff', '#f0e442']
};

/**
 * The colour of each platform, keyed by id in the briefing's order, so a platform keeps its
 * colour when others are hidden.
 */
export function platformColours(platformIds: readonly string[], theme: Theme): Map<string, string> {
	const scale = scaleOrdinal<string, string>().domain(platformIds).range(PLATFORM_PALETTE[theme]);
	return new Map(platformIds.map((id) => [id, scale(id)]));
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2.x). */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const v = parseInt(hex.slice(i, i + 2), 16) / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio between two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
		number,
		number
	];
	return (hi + 0.05) / (lo + 0.05);
}
