/**
 * The basemap as a MapLibre style: offline vector tiles from the app's own archive,
 * labels from bundled fonts, images drawn in code. Nothing in it points at another host.
 * https://maplibre.org/maplibre-style-spec/
 *
 * Layer ids start with `basemap-` and stay the same across themes and options, so a theme switch
 * is a style diff (paint changes only) and a caller's own layers can be kept in place around them.
 */
import type {
	ExpressionSpecification,
	FilterSpecification,
	LayerSpecification,
	StyleSpecification,
	VectorSourceSpecification
} from 'maplibre-gl';
import { BASEMAP_FONT_FACES, FONT, type FontFaces } from './basemap-fonts';
import { imageIds } from './basemap-images';
import { PALETTE, type BasemapTheme } from '../styles/basemap-palette';
import { SOURCE_LAYER } from './basemap-schema';
import { basemapSource } from './basemap-source';

export type { BasemapTheme } from '../styles/basemap-palette';

export const BASEMAP_SOURCE = 'basemap';

/** Layer ids, for callers that insert their own layers between the basemap's. */
export const BASEMAP_LAYER = {
	water: 'basemap-water',
	land: 'basemap-land',
	emphasis: 'basemap-emphasis',
	occupied: 'basemap-occupied',
	coastline: 'basemap-coastline',
	boundaries: 'basemap-boundaries',
	emphasisBoundaries: 'basemap-emphasis-boundaries',
	cityLabels: 'basemap-city-labels',
	seaLabels: 'basemap-sea-labels',
	countryLabels: 'basemap-country-labels'
} as const;

/**
 * The first label layer (labels placed later win collisions: countries over seas over cities).
 * Overlays (range bands, places) added before it sit above the land and
 * borders and below the names, so names stay readable over them.
 */
export const BASEMAP_FIRST_LABEL_LAYER = BASEMAP_LAYER.cityLabels;

export interface BasemapStyleOptions {
	/** Where the tiles come from. Default: this page's basemap source (`basemap-source.ts`). */
	source?: VectorSourceSpecification;
	/**
	 * ISO 3166-1 numeric codes (as in the tiles: '804' Ukraine, '364' Iran) of the countries the
	 * story is about; drawn with a stronger fill and border. Crimea shares Ukraine's code.
	 */
	emphasis?: readonly string[];
	/** Multiplies label sizes: 1 for reading, about 1.3 for a screen across a room. */
	labelScale?: number;
	/** `text-font` name → font files. Default: the bundled Noto Sans (`basemap-fonts.ts`). */
	fontFaces?: FontFaces;
}

/** Interpolates linearly by zoom between [zoom, value] stops. */
function byZoom(...stops: [number, number][]): ExpressionSpecification {
	return ['interpolate', ['linear'], ['zoom'], ...stops.flat()] as ExpressionSpecification;
}

/** Shown once the map is at or past the feature's `minzoom` (tiles past z6 hold them all). */
const reachedMinZoom: FilterSpecification = ['<=', ['get', 'minzoom'], ['zoom']];

function emphasisFilter(emphasis: readonly string[]): ExpressionSpecification {
	return ['in', ['get', 'iso'], ['literal', [...emphasis]]];
}

/**
 * Builds the basemap style for a theme.
 *
 * Crimea is drawn as what it is: the same fill as the rest of Ukraine (it carries Ukraine's code,
 * so emphasising Ukraine emphasises it too), hatched to mark the occupation, labelled
 * "Crimea / occupied by Russia" up close, and with no border at Perekop.
 */
export function buildBasemapStyle(
	theme: BasemapTheme,
	options: BasemapStyleOptions = {}
): StyleSpecification {
	const p = PALETTE[theme];
	const images = imageIds(theme);
	const scale = options.labelScale ?? 1;
	const emphasis = options.emphasis ?? [];
	const size = (...stops: [number, number][]) =>
		byZoom(...stops.map(([z, s]): [number, number] => [z, s * scale]));
	const source = BASEMAP_SOURCE;

	const layers: LayerSpecification[] = [
		{ id: BASEMAP_LAYER.water, type: 'background', paint: { 'background-color': p.water } },
		{
			id: BASEMAP_LAYER.land,
			type: 'fill',
			source,
			'source-layer': SOURCE_LAYER.land,
			paint: { 'fill-color': p.land }
		},
		{
			id: BASEMAP_LAYER.emphasis,
			type: 'fill',
			source,
			'source-layer': SOURCE_LAYER.countries,
			filter: emphasisFilter(emphasis),
			paint: { 'fill-color': p.emphasis }
		},
		{
			id: BASEMAP_LAYER.occupied,
			type: 'fill',
			source,
			'source-layer': SOURCE_LAYER.countries,
			filter: ['==', ['get', 'occupied'], true],
			paint: { 'fill-pattern': images.occupiedHatch }
		},
		{
			id: BASEMAP_LAYER.coastline,
			type: 'line',
			source,
			'source-layer': SOURCE_LAYER.coastline,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.coastline, 'line-width': byZoom([0, 0.4], [4, 0.8], [8, 1.3]) }
		},
		{
			id: BASEMAP_LAYER.boundaries,
			type: 'line',
			source,
			'source-layer': SOURCE_LAYER.boundaries,
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.border, 'line-width': byZoom([0, 0.5], [4, 1], [8, 1.8]) }
		},
		{
			// The story's countries get a darker, wider border. Drawn from the border lines, not
			// the country outlines, so it never runs along a coast or across Perekop.
			id: BASEMAP_LAYER.emphasisBoundaries,
			type: 'line',
			source,
			'source-layer': SOURCE_LAYER.boundaries,
			filter: [
				'any',
				['in', ['get', 'a'], ['literal', [...emphasis]]],
				['in', ['get', 'b'], ['literal', [...emphasis]]]
			],
			layout: { 'line-join': 'round' },
			paint: { 'line-color': p.emphasisBorder, 'line-width': byZoom([0, 0.7], [4, 1.4], [8, 2.4]) }
		},
		{
			id: BASEMAP_LAYER.cityLabels,
			type: 'symbol',
			source,
			'source-layer': SOURCE_LAYER.cityLabels,
			filter: reachedMinZoom,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT.regular],
				'text-size': size([2, 11], [6, 13], [9, 15]),
				'icon-image': ['case', ['==', ['get', 'capital'], true], images.capital, images.city],
				'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
				'text-radial-offset': 0.6,
				'text-justify': 'auto',
				'text-max-width': 8,
				// Capitals and big cities first when labels compete for room.
				'symbol-sort-key': ['-', ['*', ['get', 'minzoom'], 100000000], ['get', 'population']]
			},
			paint: { 'text-color': p.cityLabel, 'text-halo-color': p.labelHalo, 'text-halo-width': 1.4 }
		},
		{
			id: BASEMAP_LAYER.seaLabels,
			type: 'symbol',
			source,
			'source-layer': SOURCE_LAYER.seaLabels,
			filter: reachedMinZoom,
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [FONT.italic, FONT.regular],
				'text-size': size([0, 11], [3, 12], [6, 15]),
				'text-letter-spacing': 0.12,
				'text-max-width': 6
			},
			paint: { 'text-color': p.seaLabel, 'text-halo-color': p.water, 'text-halo-width': 1 }
		},
		{
			id: BASEMAP_LAYER.countryLabels,
			type: 'symbol',
			source,
			'source-layer': SOURCE_LAYER.countryLabels,
			filter: reachedMinZoom,
			layout: {
				'text-field': [
					'case',
					['==', ['get', 'kind'], 'occupied'],
					['format', ['get', 'name'], {}, '\n', {}, 'occupied by Russia', { 'font-scale': 0.8 }],
					['get', 'name']
				],
				'text-font': [
					'case',
					['==', ['get', 'kind'], 'occupied'],
					['literal', [FONT.italic, FONT.regular]],
					['literal', [FONT.semibold, FONT.regular]]
				],
				'text-size': size([1, 11], [4, 14], [7, 18]),
				'text-transform': ['case', ['==', ['get', 'kind'], 'occupied'], 'none', 'uppercase'],
				'text-letter-spacing': ['case', ['==', ['get', 'kind'], 'occupied'], 0.02, 0.08],
				'text-max-width': 7,
				'symbol-sort-key': ['get', 'minzoom']
			},
			paint: {
				'text-color': [
					'case',
					['==', ['get', 'kind'], 'occupied'],
					p.occupiedLabel,
					p.countryLabel
				],
				'text-halo-color': p.labelHalo,
				'text-halo-width': 1.5
			}
		}
	];

	return {
		version: 8,
		name: `briefmap basemap (${theme})`,
		sources: {
			[BASEMAP_SOURCE]: options.source ?? basemapSource()
		},
		'font-faces': options.fontFaces ?? BASEMAP_FONT_FACES,
		layers
	};
}
