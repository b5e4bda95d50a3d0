/**
 * Reads the basemap from plain files — `<dir>/tiles.json` and `<dir>/{z}/{x}/{y}.pbf` — for a
 * static export on any static host (python's http.server, object storage), as MapLibre's
 * protocol `static-tiles://`. The tiles lie as the app's server serves them at `/basemap/tiles`;
 * the protocol adds the index: tiles the export did not write (outside the briefing's region)
 * are empty rather than requested, so the page makes no failing request.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/addProtocol/
 */
import type { AddProtocolAction } from 'maplibre-gl';

/** What the export writes beside the tiles: TileJSON fields plus the list of written tiles. */
export interface StaticTileIndex {
	minzoom: number;
	maxzoom: number;
	bounds: [number, number, number, number];
	attribution?: string;
	vector_layers?: unknown[];
	/** `z/x/y` of every tile file present. */
	available: string[];
}

const SCHEME = 'static-tiles://';
const tilePath = /^static-tiles:\/\/(.+)\/(\d+)\/(\d+)\/(\d+)$/;

export function staticTilesProtocol(directory: string): AddProtocolAction {
	const base = new URL(directory.replace(/\/?$/, '/'), document.baseURI);
	let index: Promise<{ tileJson: Record<string, unknown>; available: Set<string> }> | undefined;
	const loadIndex = (archiveKey: string) =>
		(index ??= fetch(new URL('tiles.json', base)).then(async (response) => {
			if (!response.ok) throw new Error(`basemap index: HTTP ${response.status}`);
			const { available, ...fields } = (await response.json()) as StaticTileIndex;
			return {
				tileJson: { tilejson: '3.0.0', ...fields, tiles: [`${SCHEME}${archiveKey}/{z}/{x}/{y}`] },
				available: new Set(available)
			};
		}));

	return async (params, abort) => {
		const tile = tilePath.exec(params.url);
		if (!tile) {
			const { tileJson } = await loadIndex(params.url.slice(SCHEME.length));
			return { data: tileJson };
		}
		const [, archiveKey, z, x, y] = tile;
		const { available } = await loadIndex(archiveKey!);
		if (!available.has(`${z}/${x}/${y}`)) return { data: new Uint8Array() };
		const response = await fetch(new URL(`${z}/${x}/${y}.pbf`, base), { signal: abort.signal });
		if (!response.ok) throw new Error(`basemap tile ${z}/${x}/${y}: HTTP ${response.status}`);
		return { data: await response.arrayBuffer() };
	};
}
