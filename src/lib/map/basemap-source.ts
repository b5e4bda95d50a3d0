/**
 * Where this page reads the basemap's tiles. The app's server serves them one by one from its
 * archive (`/basemap/tiles/{z}/{x}/{y}.pbf`), so MapLibre fetches plain URLs with its own loader
 * and the explore page carries no archive reader: `pmtiles` and its decompressor were 8 KB gzip
 * of its first view. Exports, which have no such server, register a MapLibre protocol instead:
 * the single file one over its in-memory archive (`pmtiles-archive.ts`), a static site one over
 * plain files (`static-tiles-protocol.ts`). Page-wide, like MapLibre's protocol table.
 */
import type { VectorSourceSpecification } from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION, BASEMAP_MAX_ZOOM, BASEMAP_TILES_PATH } from './basemap-schema';

/** A `scheme://…` URL of TileJSON a registered protocol answers, when the server does not serve. */
let protocolUrl: string | undefined;

export function readBasemapThrough(url: string): void {
	protocolUrl = url;
}

export function basemapSource(): VectorSourceSpecification {
	if (protocolUrl) return { type: 'vector', url: protocolUrl, attribution: BASEMAP_ATTRIBUTION };
	// Absolute: MapLibre's worker fetches the tiles, and a worker from a blob has no base URL.
	const origin = globalThis.location?.origin ?? '';
	return {
		type: 'vector',
		tiles: [`${origin}${BASEMAP_TILES_PATH}/{z}/{x}/{y}.pbf`],
		minzoom: 0,
		maxzoom: BASEMAP_MAX_ZOOM,
		attribution: BASEMAP_ATTRIBUTION
	};
}
