import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { basemapImage } from './basemap-images';
import { BASEMAP_LAYER, buildBasemapStyle } from './basemap-style';

const THEMES = ['light', 'dark'] as const;

/** Every string anywhere in a value. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
	return [];
}

/** A layer's filter; background layers have none. */
function filterOf(l: LayerSpecification): unknown {
	return 'filter' in l ? l.filter : undefined;
}

function layer(style: StyleSpecification, id: string): LayerSpecification {
	const found = style.layers.find((l) => l.id === id);
	if (!found) throw new Error(`no layer ${id}`);
	return found;
}

describe.each(THEMES)('buildBasemapStyle(%s)', (theme) => {
	const style = buildBasemapStyle(theme, { emphasis: ['804', '364'] });

	it('is a valid MapLibre style', () => {
		expect(validateStyleMin(style)).toEqual([]);
	});

	it('points at no host but its own', () => {
		const urls = strings(style).filter((s) => /^[a-z][a-z0-9+.-]*:|^\/\//i.test(s));
		// Tiles come from the page's own server (no `location` here, so a bare path).
		expect(urls).toEqual([]);
		expect(style.sources.basemap).toMatchObject({ tiles: ['/basemap/tiles/{z}/{x}/{y}.pbf'] });
		const fontUrls = Object.values(style['font-faces'] ?? {}).flatMap((faces) =>
			(Array.isArray(faces) ? faces : [{ url: faces }]).map((f) => f.url)
		);
		expect(fontUrls.length).toBeGreaterThan(0);
		for (const url of fontUrls) expect(url).toMatch(/^\/(?!\/)/);
	});

	it('draws labels from its own font files, with no glyphs or sprite URL', () => {
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		const fontNames = new Set(Object.keys(style['font-faces'] ?? {}));
		const used = style.layers.flatMap((l) =>
			l.type === 'symbol'
				? strings(l.layout?.['text-font']).filter((s) => s.startsWith('Noto'))
				: []
		);
		expect(used.length).toBeGreaterThan(0);
		for (const name of used) expect(fontNames).toContain(name);
	});

	it('credits Natural Earth and GeoNames', () => {
		expect(style.sources.basemap).toMatchObject({ attribution: 'Natural Earth, GeoNames' });
	});

	it('hatches occupied territory with an image the map can draw', () => {
		const occupied = layer(style, BASEMAP_LAYER.occupied);
		expect(occupied.type).toBe('fill');
		expect(filterOf(occupied)).toEqual(['==', ['get', 'occupied'], true]);
		const pattern = occupied.type === 'fill' ? occupied.paint?.['fill-pattern'] : undefined;
		expect(typeof pattern).toBe('string');
		expect(basemapImage(pattern as string)?.width).toBeGreaterThan(0);
	});

	it('can draw every image it names', () => {
		const names = style.layers.flatMap((l) => {
			if (l.type === 'fill') return strings(l.paint?.['fill-pattern']);
			if (l.type === 'symbol')
				return strings(l.layout?.['icon-image']).filter((s) => s.startsWith('basemap-'));
			return [];
		});
		expect(names.length).toBeGreaterThanOrEqual(3);
		for (const name of names) expect(basemapImage(name), name).toBeDefined();
	});

	it("emphasises the story's countries by ISO code", () => {
		expect(filterOf(layer(style, BASEMAP_LAYER.emphasis))).toEqual([
			'in',
			['get', 'iso'],
			['literal', ['804', '364']]
		]);
	});

	it('emphasises borders from the border lines, so none runs across Perekop', () => {
		const borders = layer(style, BASEMAP_LAYER.emphasisBoundaries);
		expect(borders.type === 'line' && borders['source-layer']).toBe('boundaries');
		expect(strings(filterOf(borders))).toEqual(expect.arrayContaining(['a', 'b', '804', '364']));
	});
});

describe('buildBasemapStyle options', () => {
	it('emphasises nothing by default', () => {
		expect(filterOf(layer(buildBasemapStyle('light'), BASEMAP_LAYER.emphasis))).toEqual([
			'in',
			['get', 'iso'],
			['literal', []]
		]);
	});

	it('keeps the same layer ids in both themes, so a theme switch is a diff', () => {
		const ids = (theme: 'light' | 'dark') => buildBasemapStyle(theme).layers.map((l) => l.id);
		expect(ids('dark')).toEqual(ids('light'));
	});

	it('gives the themes different colours', () => {
		const water = (theme: 'light' | 'dark') => {
			const l = layer(buildBasemapStyle(theme), BASEMAP_LAYER.water);
			return l.type === 'background' ? l.paint?.['background-color'] : undefined;
		};
		expect(water('dark')).not.toEqual(water('light'));
	});

	it('scales label sizes for a room', () => {
		const size = (labelScale: number) => {
			const l = layer(buildBasemapStyle('dark', { labelScale }), BASEMAP_LAYER.countryLabels);
			return l.type === 'symbol' ? (l.layout?.['text-size'] as unknown[]) : [];
		};
		// ['interpolate', ['linear'], ['zoom'], z0, s0, …]: the first size stop.
		expect(size(1.5)[4]).toBeCloseTo((size(1)[4] as number) * 1.5);
	});

	it('reads the tiles from the source it is given', () => {
		const source = { type: 'vector' as const, url: 'pmtiles://other' };
		expect(buildBasemapStyle('light', { source }).sources.basemap).toEqual(source);
	});
});
