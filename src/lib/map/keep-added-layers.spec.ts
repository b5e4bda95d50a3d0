import { describe, expect, it } from 'vitest';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { keepAddedLayers } from './keep-added-layers';

const bg = (id: string, color: string): LayerSpecification => ({
	id,
	type: 'background',
	paint: { 'background-color': color }
});

function style(
	layers: LayerSpecification[],
	sources: StyleSpecification['sources'] = {}
): StyleSpecification {
	return { version: 8, sources, layers };
}

describe('keepAddedLayers', () => {
	const base = style([bg('basemap-water', '#fff'), bg('basemap-labels', '#000')], {
		basemap: { type: 'vector', url: 'pmtiles:///basemap/world.pmtiles' }
	});
	const added = bg('places', '#f00');
	const current = style([base.layers[0]!, added, base.layers[1]!], {
		...base.sources,
		places: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } }
	});
	const next = style([bg('basemap-water', '#111'), bg('basemap-labels', '#eee')], base.sources);

	it('replaces the base layers and keeps an added layer between them', () => {
		const result = keepAddedLayers(base, current, next);
		expect(result.layers.map((l) => l.id)).toEqual(['basemap-water', 'places', 'basemap-labels']);
		expect(result.layers[0]).toEqual(next.layers[0]);
	});

	it('keeps the added sources and takes the base sources from the new style', () => {
		const result = keepAddedLayers(base, current, next);
		expect(Object.keys(result.sources).sort()).toEqual(['basemap', 'places']);
	});

	it('puts base layers that are new after the last base layer', () => {
		const withNew = style([...next.layers, bg('basemap-extra', '#abc')], next.sources);
		const result = keepAddedLayers(base, current, withNew);
		expect(result.layers.map((l) => l.id)).toEqual([
			'basemap-water',
			'places',
			'basemap-labels',
			'basemap-extra'
		]);
	});

	it('returns the new style as it is when there is no current one', () => {
		expect(keepAddedLayers(base, undefined, next)).toBe(next);
	});
});
