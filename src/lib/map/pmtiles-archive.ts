/**
 * Lets MapLibre read a basemap archive the page holds in memory (the single file's), through
 * the `pmtiles` package's protocol: `pmtiles://<key>` answers TileJSON and tiles from it without
 * a request. Only the portable build loads this module; the app's pages fetch tiles from the
 * server (`basemap-source.ts`).
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/addProtocol/
 */
import { addProtocol } from 'maplibre-gl';
import { Protocol, type PMTiles } from 'pmtiles';
import { readBasemapThrough } from './basemap-source';

export function readBasemapFromArchive(archive: PMTiles): void {
	const protocol = new Protocol();
	protocol.add(archive);
	addProtocol('pmtiles', protocol.tile);
	readBasemapThrough(`pmtiles://${archive.source.getKey()}`);
}
