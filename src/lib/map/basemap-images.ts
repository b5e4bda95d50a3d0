/**
 * The basemap's few images, drawn in code instead of loaded from a sprite: the hatching that marks
 * occupied territory, and the dots for cities and capitals. A sprite would mean another pair of
 * files to build and serve; these are a few hundred pixels each.
 *
 * They are drawn when the map first needs them, through MapLibre's missing-image resolver
 * (awaited before a tile is laid out, unlike the `styleimagemissing` event, which in MapLibre 6
 * fires only after the image has been given up on for that tile), so they survive `setStyle`.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setmissingstyleimageresolver
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { BasemapTheme } from '../styles/basemap-palette';
import { PALETTE } from '../styles/basemap-palette';

/** Device pixels per CSS pixel the images are drawn at, so they stay sharp on HiDPI screens. */
const PIXEL_RATIO = 2;

export interface BasemapImage {
	width: number;
	height: number;
	data: Uint8Array;
}

type Rgb = [number, number, number];

function hexToRgb(hex: string): Rgb {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function draw(size: number, alphaAt: (x: number, y: number) => [Rgb, number]): BasemapImage {
	const data = new Uint8Array(size * size * 4);
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const [[r, g, b], a] = alphaAt(x + 0.5, y + 0.5);
			// Straight (not premultiplied) alpha, as in a canvas's ImageData.
			const i = (y * size + x) * 4;
			data[i] = r;
			data[i + 1] = g;
			data[i + 2] = b;
			data[i + 3] = Math.round(255 * a);
		}
	}
	return { width: size, height: size, data };
}

const clamp01 = (v: number) => Math.max(0, Math.min(1, v));

/**
 * Diagonal hatching that tiles seamlessly: lines x + y = k·period, antialiased by their distance
 * to the pixel centre.
 */
function hatch(color: string, opacity: number): BasemapImage {
	const period = 12 * PIXEL_RATIO;
	const halfWidth = 0.9 * PIXEL_RATIO;
	const rgb = hexToRgb(color);
	return draw(period, (x, y) => {
		const s = (x + y) % period;
		const distance = Math.min(s, period - s) / Math.SQRT2;
		return [rgb, opacity * clamp01(halfWidth + 0.5 - distance)];
	});
}

/** A filled dot with a halo, or (for capitals) a ring around a dot. */
function dot(fill: string, halo: string, capital: boolean): BasemapImage {
	const size = (capital ? 11 : 8) * PIXEL_RATIO;
	const centre = size / 2;
	const [fillRgb, haloRgb] = [hexToRgb(fill), hexToRgb(halo)];
	const radius = centre - PIXEL_RATIO * 0.75;
	return draw(size, (x, y) => {
		const r = Math.hypot(x - centre, y - centre);
		const outside = clamp01(r - radius + 0.5);
		if (outside >= 1) return [haloRgb, 0];
		if (capital) {
			const ring = Math.abs(r - radius + PIXEL_RATIO * 1.1) < PIXEL_RATIO * 0.7;
			const inner = r < radius * 0.38;
			return [ring || inner ? fillRgb : haloRgb, 1 - outside];
		}
		return [r > radius - PIXEL_RATIO * 1.2 ? haloRgb : fillRgb, 1 - outside];
	});
}

/** Image ids the basemap style refers to, per theme. */
export function imageIds(theme: BasemapTheme) {
	return {
		occupiedHatch: `basemap-occupied-hatch-${theme}`,
		city: `basemap-city-${theme}`,
		capital: `basemap-capital-${theme}`
	} as const;
}

/** Draws the image a basemap style asks for by id, or undefined for ids that are not ours. */
export function basemapImage(id: string): BasemapImage | undefined {
	for (const theme of Object.keys(PALETTE) as BasemapTheme[]) {
		const p = PALETTE[theme];
		const ids = imageIds(theme);
		if (id === ids.occupiedHatch) return hatch(p.occupiedHatch, p.occupiedHatchOpacity);
		if (id === ids.city) return dot(p.cityDot, p.labelHalo, false);
		if (id === ids.capital) return dot(p.cityDot, p.labelHalo, true);
	}
	return undefined;
}

/**
 * Makes the map draw the basemap's images when it first needs them. A map has one resolver:
 * images of other ids go to `next`, so overlays can supply their own on demand too.
 */
export function registerBasemapImages(
	map: MaplibreMap,
	next?: (id: string) => void | Promise<void>
): void {
	map.setMissingStyleImageResolver((id) => {
		const image = basemapImage(id);
		if (!image) return next?.(id);
		if (!map.hasImage(id)) map.addImage(id, image, { pixelRatio: PIXEL_RATIO });
	});
}
