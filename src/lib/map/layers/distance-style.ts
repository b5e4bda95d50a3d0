/**
 * The distance tool's line and its label. The line is the geodesic from `lib/geo/geodesic-line.ts`, never a straight Mercator segment.
 * https://maplibre.org/maplibre-style-spec/layers/
 */
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type {
	CircleLayerSpecification,
	ExpressionSpecification,
	LineLayerSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import type { LonLat } from '../../geo/geodesic';
import type { GeodesicLine } from '../../geo/geodesic-line';
import type { MapTheme } from '../../styles/place-symbology';
import { formatBearing, formatKm, formatNm } from '../../briefing/format-number';

export const DISTANCE_SOURCE = 'distance-tool';

export const DISTANCE_LAYER = {
	casing: 'distance-tool-casing',
	line: 'distance-tool-line',
	ends: 'distance-tool-ends',
	label: 'distance-tool-label'
} as const;

/** "2,514.3 km · 1,357.6 nmi · initial bearing 315.2°": the label on the line. */
export function measurementLabel(line: GeodesicLine): string {
	return `${formatKm(line.distanceKm)} · ${formatNm(line.distanceNm)} · initial bearing ${formatBearing(line.initialBearingDeg)}`;
}

type DistanceFeature = Feature<LineString | MultiLineString | Point, { label?: string }>;

/** The line (when both ends are set) and its end points, for the one source of the tool. */
export function measurementData(
	from: LonLat | undefined,
	to: LonLat | undefined,
	line: GeodesicLine | undefined
): FeatureCollection<LineString | MultiLineString | Point, { label?: string }> {
	const features: DistanceFeature[] = [];
	if (line) {
		features.push({
			type: 'Feature',
			geometry: line.geometry,
			properties: { label: measurementLabel(line) }
		});
	}
	for (const end of [from, to]) {
		if (end)
			features.push({
				type: 'Feature',
				geometry: { type: 'Point', coordinates: end },
				properties: {}
			});
	}
	return { type: 'FeatureCollection', features };
}

const ink: Record<MapTheme, { line: string; casing: string }> = {
	light: { line: '#14181d', casing: '#ffffff' },
	dark: { line: '#ffffff', casing: '#0c1116' }
};

export function distanceLayers(
	theme: MapTheme,
	font: string
): (LineLayerSpecification | CircleLayerSpecification | SymbolLayerSpecification)[] {
	const colours = ink[theme];
	const isLine: ExpressionSpecification = ['!=', ['geometry-type'], 'Point'];
	return [
		{
			id: DISTANCE_LAYER.casing,
			type: 'line',
			source: DISTANCE_SOURCE,
			filter: isLine,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': colours.casing, 'line-width': 5, 'line-opacity': 0.9 }
		},
		{
			id: DISTANCE_LAYER.line,
			type: 'line',
			source: DISTANCE_SOURCE,
			filter: isLine,
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { 'line-color': colours.line, 'line-width': 2.5, 'line-dasharray': [2, 1] }
		},
		{
			id: DISTANCE_LAYER.ends,
			type: 'circle',
			source: DISTANCE_SOURCE,
			filter: ['==', ['geometry-type'], 'Point'],
			paint: {
				'circle-radius': 5,
				'circle-color': colours.line,
				'circle-stroke-color': colours.casing,
				'circle-stroke-width': 2
			}
		},
		{
			id: DISTANCE_LAYER.label,
			type: 'symbol',
			source: DISTANCE_SOURCE,
			filter: isLine,
			layout: {
				'symbol-placement': 'line-center',
				'text-field': ['get', 'label'],
				'text-font': [font],
				'text-size': 13,
				'text-offset': [0, -1],
				'text-allow-overlap': true
			},
			paint: { 'text-color': colours.line, 'text-halo-color': colours.casing, 'text-halo-width': 2 }
		}
	];
}
