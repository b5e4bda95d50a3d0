/**
 * The words an exported scene image carries, and how they break into lines. Pure, so the
 * layout can be tested without a canvas: measuring is passed in.
 */
import type { Scene } from '../briefing/types';

/**
 * Breaks `text` into lines no wider than `maxWidth` by `measure`; a single word wider than the
 * line stays whole on its own line rather than being cut.
 */
export function wrapLines(
	text: string,
	maxWidth: number,
	measure: (text: string) => number
): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && measure(candidate) > maxWidth) {
			lines.push(line);
			line = word;
		} else {
			line = candidate;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * One line saying what the picture shows, since an image has no legend to open: the ringed
 * places, the shaded countries, the range bands.
 */
export function legendLine(
	scene: Scene,
	placeName: (id: string) => string | undefined,
	platformName: (id: string) => string | undefined
): string {
	const parts: string[] = [];
	const ringed = scene.highlightPlaces.map(placeName).filter(Boolean);
	if (ringed.length) parts.push(`Ringed: ${ringed.join(', ')}`);
	if (scene.layers.includes('countries')) parts.push('shaded: countries in the story');
	const platforms = (scene.platforms ?? []).map(platformName).filter(Boolean);
	if (scene.layers.includes('ranges') && platforms.length) {
		parts.push(`reported ranges: ${platforms.join(', ')}`);
	}
	return parts.join(' · ');
}

export const ATTRIBUTION = 'Map data: Natural Earth, GeoNames';
