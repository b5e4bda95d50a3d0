/**
 * How each place is drawn: colour by kind, size by how often the article names it, label
 * priority by prominence. Computed once per briefing and theme and baked into the features'
 * properties, so the MapLibre layers stay simple `['get', …]` lookups.
 */
import { scaleOrdinal } from 'd3-scale';
import type { FeatureCollection, Point } from 'geojson';
import type { PlaceFeature, PlaceKind } from '../briefing/types';
import { isAreaLabel } from '../briefing/place-kinds';

export type MapTheme = 'light' | 'dark';

export interface PlaceSymbol {
	id: string;
	name: string;
	kind: PlaceKind;
	colour: string;
	/** Circle radius in CSS pixels; 0 for countries, which are labels over their polygon. */
	radius: number;
	/** Lower draws and labels first (MapLibre `symbol-sort-key`). */
	sortKey: number;
	labelSize: number;
}

/**
 * Palettes per theme. Kinds use hues from the Okabe–Ito set (distinguishable with the common
 * colour-vision deficiencies), darkened for the light theme and lightened for the dark one so
 * each meets 3:1 non-text contrast against its basemap.
 */
const kindPalette: Record<MapTheme, Record<PlaceKind, string>> = {
	light: {
		airfield: '#b35900',
		capital: '#0b5394',
		city: '#5b3f8c',
		country: '#1b1f24',
		region: '#4f5863'
	},
	dark: {
		airfield: '#ffb454',
		capital: '#7cc4ff',
		city: '#d3a8ff',
		country: '#f1f4f7',
		region: '#c9d2db'
	}
};

const prominenceOrder = ['primary', 'secondary', 'context'] as const;

/** Label sizes of point places, in CSS pixels at a label scale of 1, by prominence (primary first). */
export const PLACE_LABEL_PX = [16, 14, 12] as const;

const RADIUS_PX = { least: 5, most: 11 } as const;

/**
 * A point's radius, so that its area grows with its mentions: 5 px for none up to 11 px for the
 * most-named place. This is d3's `scaleSqrt().range([5, 11]).clamp(true)` written out, because
 * that scale brings 10 KB gzip of interpolators and number formats into the first view.
 */
export function mentionRadius(mentions: number, maxMentions: number): number {
	const share = Math.sqrt(Math.min(1, Math.max(0, mentions / Math.max(1, maxMentions))));
	return RADIUS_PX.least + share * (RADIUS_PX.most - RADIUS_PX.least);
}

/** The places as point features carrying their symbology. Non-point places are skipped. */
export function placeSymbols(
	places: PlaceFeature[],
	theme: MapTheme
): FeatureCollection<Point, PlaceSymbol> {
	const kinds = Object.keys(kindPalette[theme]) as PlaceKind[];
	const colour = scaleOrdinal<PlaceKind, string>()
		.domain(kinds)
		.range(kinds.map((kind) => kindPalette[theme][kind]));
	const maxMentions = Math.max(...places.map((p) => p.properties.mentions.length));
	const labelSize = scaleOrdinal<string, number>().domain(prominenceOrder).range(PLACE_LABEL_PX);

	const features = places.flatMap((place) => {
		if (place.geometry.type !== 'Point') return [];
		const { name, kind, prominence, mentions } = place.properties;
		const properties: PlaceSymbol = {
			id: place.id,
			name,
			kind,
			colour: colour(kind),
			radius: isAreaLabel(kind) ? 0 : mentionRadius(mentions.length, maxMentions),
			sortKey: prominenceOrder.indexOf(prominence) * 100 - mentions.length,
			labelSize: isAreaLabel(kind) ? labelSize(prominence) + 2 : labelSize(prominence)
		};
		return [{ type: 'Feature' as const, id: place.id, geometry: place.geometry, properties }];
	});
	return { type: 'FeatureCollection', features };
}
