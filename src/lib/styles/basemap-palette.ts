/**
 * The basemap's colours, one palette per theme. `light` is for reading at a desk: paper land,
 * quiet water, so the briefing's overlays carry the colour. `dark` is for a screen in a room:
 * high contrast between land, water, borders and labels, legible from the back.
 *
 * Occupied territory keeps the sovereign's fill and adds hatching in a warning red, so Crimea
 * reads as Ukraine under occupation, not as a third thing.
 */
export type BasemapTheme = 'light' | 'dark';

export interface BasemapPalette {
	water: string;
	land: string;
	/** Fill of the countries the story is about. */
	emphasis: string;
	coastline: string;
	border: string;
	emphasisBorder: string;
	occupiedHatch: string;
	occupiedHatchOpacity: number;
	countryLabel: string;
	occupiedLabel: string;
	cityLabel: string;
	cityDot: string;
	seaLabel: string;
	labelHalo: string;
}

export const PALETTE: Record<BasemapTheme, BasemapPalette> = {
	light: {
		water: '#c6d9e6',
		land: '#f5f2ea',
		emphasis: '#ebdfc3',
		coastline: '#7d9bb1',
		border: '#8c8278',
		emphasisBorder: '#5c5147',
		occupiedHatch: '#a3241c',
		occupiedHatchOpacity: 0.55,
		countryLabel: '#3a3631',
		occupiedLabel: '#8a1f18',
		cityLabel: '#26231f',
		cityDot: '#3a3631',
		seaLabel: '#456e8f',
		labelHalo: '#f5f2ea'
	},
	dark: {
		water: '#0a1824',
		land: '#26323d',
		emphasis: '#3b4b58',
		coastline: '#6a93b3',
		border: '#b9c3cc',
		emphasisBorder: '#e6ebf0',
		occupiedHatch: '#ff7a6e',
		occupiedHatchOpacity: 0.7,
		countryLabel: '#eef2f5',
		occupiedLabel: '#ffb0a8',
		cityLabel: '#ffffff',
		cityDot: '#f2f5f8',
		seaLabel: '#93bddc',
		labelHalo: '#0a1824'
	}
};
