/**
 * The benchmarks' baseline: MapLibre with the same basemap and the briefing's places as one
 * plain circle layer, and nothing else (no Svelte wrapper, no state, no overlays). Lives here
 * because `src/lib/map` is the only code that imports maplibre-gl.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
 */
import { Map as MaplibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import { registerBasemapImages } from './basemap-images';
import { BASEMAP_FIRST_LABEL_LAYER, buildBasemapStyle, type BasemapTheme } from './basemap-style';
import { setUpMaplibre } from './maplibre-setup';

declare global {
	interface Window {
		/** Set on the first `idle` after the places are drawn: the page is ready to measure. */
		__mapIdle?: boolean;
		/** 'drawn' with the number of places, or 'unavailable' when the API did not answer. */
		__mapPlaces?: { status: 'drawn'; count: number } | { status: 'unavailable'; reason: string };
		__map?: MaplibreMap;
	}
}

export interface BareMapOptions {
	theme: BasemapTheme;
	/** An OGC API Features items URL (GeoJSON FeatureCollection). */
	placesUrl: string;
}

async function fetchPlaces(url: string): Promise<FeatureCollection | string> {
	try {
		const response = await fetch(url, { headers: { accept: 'application/geo+json' } });
		if (!response.ok) return `HTTP ${response.status}`;
		const body = (await response.json()) as FeatureCollection;
		return body?.type === 'FeatureCollection' ? body : 'not a FeatureCollection';
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}

/**
 * Mounts the bare map; returns a function that removes it. The view comes from the URL hash
 * (`#zoom/lat/lng`), so a benchmark or screenshot script picks it by URL.
 */
export function mountBareMap(container: HTMLElement, options: BareMapOptions): () => void {
	setUpMaplibre();
	const map = new MaplibreMap({
		container,
		style: buildBasemapStyle(options.theme),
		center: [45, 38],
		zoom: 3.5,
		hash: true,
		attributionControl: { compact: false }
	});
	registerBasemapImages(map);
	window.__map = map;

	const loaded = new Promise<void>((resolve) => map.once('load', () => resolve()));
	void Promise.all([fetchPlaces(options.placesUrl), loaded]).then(([places]) => {
		if (typeof places === 'string') {
			window.__mapPlaces = { status: 'unavailable', reason: places };
		} else {
			map.addSource('bench-places', { type: 'geojson', data: places });
			map.addLayer(
				{
					id: 'bench-places',
					type: 'circle',
					source: 'bench-places',
					paint: {
						'circle-radius': 5,
						'circle-color': '#d9480f',
						'circle-stroke-color': '#ffffff',
						'circle-stroke-width': 1.5
					}
				},
				BASEMAP_FIRST_LABEL_LAYER
			);
			window.__mapPlaces = { status: 'drawn', count: places.features.length };
		}
		map.once('idle', () => {
			window.__mapIdle = true;
			// The same moment the explore view marks: first idle with the data drawn.
			window.__mapReadyAt ??= performance.now();
		});
	});

	return () => {
		map.remove();
		delete window.__map;
	};
}
