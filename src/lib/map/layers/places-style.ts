/**
 * Layer specifications of the places overlay. Paint reads the symbology baked into each feature
 * (`place-symbology.ts`) and the `selected`/`preview` feature-state.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	LayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { MapTheme } from '../../styles/place-symbology';

export const PLACES_SOURCE = 'briefing-places';

export const PLACES_LAYER = {
	halo: 'briefing-places-halo',
	dot: 'briefing-places-dot',
	countryLabel: 'briefing-places-country-label',
	label: 'briefing-places-label'
} as const;

const ink: Record<MapTheme, { halo: string; text: string; textHalo: string; stroke: string }> = {
	light: { halo: '#f2b134', text: '#14181d', textHalo: '#ffffff', stroke: '#ffffff' },
	dark: { halo: '#ffd166', text: '#ffffff', textHalo: '#0c1116', stroke: '#0c1116' }
};

const isMarked: ExpressionSpecification = [
	'any',
	['boolean', ['feature-state', 'selected'], false],
	['boolean', ['feature-state', 'preview'], false]
];

/** Faint for places not yet in the story at the timeline's date. */
const presence: ExpressionSpecification = [
	'case',
	['boolean', ['feature-state', 'later'], false],
	0.25,
	1
];

export function placeLayers(theme: MapTheme, font: string, labelScale = 1): LayerSpecification[] {
	const colours = ink[theme];
	const halo: CircleLayerSpecification = {
		id: PLACES_LAYER.halo,
		type: 'circle',
		source: PLACES_SOURCE,
		paint: {
			'circle-radius': ['+', ['max', ['get', 'radius'], 8], 8],
			'circle-color': colours.halo,
			'circle-opacity': ['case', isMarked, 0.55, 0],
			'circle-stroke-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, 0],
			'circle-stroke-color': colours.halo
		}
	};
	const dot: CircleLayerSpecification = {
		id: PLACES_LAYER.dot,
		type: 'circle',
		source: PLACES_SOURCE,
		filter: ['>', ['get', 'radius'], 0],
		paint: {
			'circle-radius': ['get', 'radius'],
			'circle-color': ['get', 'colour'],
			'circle-opacity': presence,
			'circle-stroke-opacity': presence,
			'circle-stroke-width': 2,
			'circle-stroke-color': colours.stroke
		}
	};
	const countryLabel: SymbolLayerSpecification = {
		id: PLACES_LAYER.countryLabel,
		type: 'symbol',
		source: PLACES_SOURCE,
		filter: ['==', ['get', 'radius'], 0],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [font],
			'text-size': ['*', ['get', 'labelSize'], labelScale],
			'text-transform': 'uppercase',
			'text-letter-spacing': 0.12,
			'text-max-width': 9
		},
		paint: {
			'text-color': ['get', 'colour'],
			'text-halo-color': colours.textHalo,
			'text-halo-width': 2,
			'text-opacity': 0.8
		}
	};
	// Added last, so placed first: a place of the story is never hidden by another label.
	const label: SymbolLayerSpecification = {
		id: PLACES_LAYER.label,
		type: 'symbol',
		source: PLACES_SOURCE,
		filter: ['>', ['get', 'radius'], 0],
		layout: {
			'text-field': ['get', 'name'],
			'text-font': [font],
			'text-size': ['*', ['get', 'labelSize'], labelScale],
			'symbol-sort-key': ['get', 'sortKey'],
			'text-variable-anchor': ['left', 'right', 'top', 'bottom', 'top-left', 'bottom-right'],
			'text-radial-offset': ['+', 0.5, ['/', ['get', 'radius'], 14]],
			'text-justify': 'auto',
			'text-max-width': 9
		},
		paint: {
			'text-color': colours.text,
			'text-halo-color': colours.textHalo,
			'text-halo-width': 2,
			'text-opacity': presence
		}
	};
	return [halo, dot, countryLabel, label];
}
