import { afterEach, describe, expect, it, vi } from 'vitest';

describe('basemapSource', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.resetModules();
	});

	it('asks the page’s own server for each tile, by absolute URL, up to the archive’s zoom', async () => {
		vi.stubGlobal('location', new URL('http://briefing.test:3000/b/x'));
		const { basemapSource } = await import('./basemap-source');
		expect(basemapSource()).toMatchObject({
			type: 'vector',
			tiles: ['http://briefing.test:3000/basemap/tiles/{z}/{x}/{y}.pbf'],
			minzoom: 0,
			maxzoom: 6
		});
	});

	it('reads through a registered protocol instead once an export names one', async () => {
		const { basemapSource, readBasemapThrough } = await import('./basemap-source');
		readBasemapThrough('pmtiles://world');
		const source = basemapSource();
		expect(source).toMatchObject({ type: 'vector', url: 'pmtiles://world' });
		expect(source).not.toHaveProperty('tiles');
	});
});
