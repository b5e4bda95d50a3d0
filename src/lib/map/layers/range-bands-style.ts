/**
 * Layer specifications of the range bands (`lib/briefing/range-bands.ts`): a translucent fill for each
 * band and envelope, a line per ring (control radii dashed, since they are a different quantity
 * from how far the drone flies), and the ring's label along it. Colour comes from the platform,
 * opacity from the part, both through d3 scales turned into `match` expressions, so a theme
 * switch changes paint only and a drag changes data only.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import { scaleOrdinal } from 'd3-scale';
import type {
	ExpressionSpecification,
	FillLayerSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { RangePart } from '../../briefing/range-bands';
import type { MapTheme } from '../../styles/place-symbology';
import { platformColours } from '../../styles/platform-colours';

export const RANGE_BANDS_SOURCE = 'range-bands';

export const RANGE_BANDS_LAYER = {
	fill: 'range-bands-fill',
	line: 'range-bands-line',
	control: 'range-bands-control',
	label: 'range-bands-label'
} as const;

const parts: RangePart[] = ['envelope', 'band', 'low-ring', 'high-ring', 'single-ring'];

/**
 * Fill opacity by part: the envelope (the spread between sources) fainter than a sourced band,
 * rings unfilled. Kept low so the basemap and the place labels stay readable through it.
 */
export const fillOpacityByPart = scaleOrdinal<RangePart, number>()
	.domain(parts)
	.range([0.1, 0.16, 0, 0, 0]);

/** Line opacity by part: a band's inner ring lighter than its outer one. */
export const lineOpacityByPart = scaleOrdinal<RangePart, number>()
	.domain(parts)
	.range([0, 0, 0.75, 0.95, 0.95]);

const ink: Record<MapTheme, { halo: string }> = {
	light: { halo: '#ffffff' },
	dark: { halo: '#0c1116' }
};

function byPart(scale: (part: RangePart) => number): ExpressionSpecification {
	return [
		'match',
		['get', 'part'],
		...parts.flatMap((part) => [part, scale(part)]),
		0
	] as unknown as ExpressionSpecification;
}

/** `match` on `platformId` giving each platform its colour; grey for an unknown id. */
export function platformColourExpression(
	platformIds: readonly string[],
	theme: MapTheme
): ExpressionSpecification | string {
	const colours = platformColours(platformIds, theme);
	if (colours.size === 0) return '#777777';
	return [
		'match',
		['get', 'platformId'],
		...[...colours].flat(),
		theme === 'light' ? '#555555' : '#cccccc'
	] as unknown as ExpressionSpecification;
}

const isArea: ExpressionSpecification = ['in', ['get', 'part'], ['literal', ['envelope', 'band']]];
const isRing: ExpressionSpecification = [
	'in',
	['get', 'part'],
	['literal', ['low-ring', 'high-ring', 'single-ring']]
];
const isControl: ExpressionSpecification = ['==', ['get', 'kind'], 'control-radius'];

export type RangeBandLayer =
	FillLayerSpecification | LineLayerSpecification | SymbolLayerSpecification;

/** Ring labels on the explore view, read at arm's length. */
export const RING_LABEL_SIZE = 12;

/** How ring labels are written: the whole label, or its short form for a screen in a room. */
export interface RingLabelOptions {
	/** Pixels: `RING_LABEL_SIZE` on a desk, at least 24 on a screen read across a room. */
	size?: number;
	/**
	 * "Shahed-129 · 1,700–1,800 km, reported": a label four times as large must be short to find
	 * room along the ring; the kind of figure is then said by the scene's caption.
	 */
	short?: boolean;
}

const km = (key: 'lowKm' | 'highKm'): ExpressionSpecification => [
	'number-format',
	['get', key],
	{ locale: 'en-US', 'max-fraction-digits': 0 }
];

/** The short ring label, built from the feature's figures so it always says what the ring is. */
const shortLabel: ExpressionSpecification = [
	'concat',
	['get', 'platformName'],
	' · ',
	[
		'case',
		['==', ['get', 'lowKm'], ['get', 'highKm']],
		km('highKm'),
		['concat', km('lowKm'), '–', km('highKm')]
	],
	' km, reported'
];

export function rangeBandLayers(
	platformIds: readonly string[],
	theme: MapTheme,
	font: string,
	{ size: labelSize = RING_LABEL_SIZE, short = false }: RingLabelOptions = {}
): RangeBandLayer[] {
	const colour = platformColourExpression(platformIds, theme);
	const fill: FillLayerSpecification = {
		id: RANGE_BANDS_LAYER.fill,
		type: 'fill',
		source: RANGE_BANDS_SOURCE,
		filter: isArea,
		paint: { 'fill-color': colour, 'fill-opacity': byPart(fillOpacityByPart) }
	};
	const line: LineLayerSpecification = {
		id: RANGE_BANDS_LAYER.line,
		type: 'line',
		source: RANGE_BANDS_SOURCE,
		filter: ['all', isRing, ['!', isControl]],
		layout: { 'line-join': 'round' },
		paint: { 'line-color': colour, 'line-opacity': byPart(lineOpacityByPart), 'line-width': 2 }
	};
	const control: LineLayerSpecification = {
		id: RANGE_BANDS_LAYER.control,
		type: 'line',
		source: RANGE_BANDS_SOURCE,
		filter: ['all', isRing, isControl],
		paint: {
			'line-color': colour,
			'line-opacity': byPart(lineOpacityByPart),
			'line-width': 2,
			'line-dasharray': [3, 2]
		}
	};
	// One label per figure: a band's outer ring and each single ring (the inner ring would repeat it).
	const label: SymbolLayerSpecification = {
		id: RANGE_BANDS_LAYER.label,
		type: 'symbol',
		source: RANGE_BANDS_SOURCE,
		filter: ['in', ['get', 'part'], ['literal', ['high-ring', 'single-ring']]],
		layout: {
			'symbol-placement': 'line',
			'symbol-spacing': 600,
			'text-field': short ? shortLabel : ['get', 'label'],
			'text-font': [font],
			'text-size': labelSize,
			// On the line itself: an offset label's collision box is not where it draws, so two
			// close rings (1,700 and 1,800 km) would print their labels over each other. MapLibre's
			// collision detection then leaves out a label that would touch another one or a place's
			// name, and tries the next spot along the ring instead; the padding keeps them apart.
			'text-max-angle': 30,
			'text-padding': Math.round(labelSize / 3)
		},
		paint: { 'text-color': colour, 'text-halo-color': ink[theme].halo, 'text-halo-width': 2 }
	};
	return [fill, line, control, label];
}
