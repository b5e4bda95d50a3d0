/**
 * Cuts the basemap down to what a portable briefing needs: the whole world at the zooms where
 * tiles are coarse (z0–4, about half a megabyte), and the detailed zooms (z5–6: 10m coastlines,
 * smaller towns) only around the briefing's places. Zoomed in far from every place, the exported
 * map is blank at z5 and beyond; everything the briefing shows is inside.
 *
 * The result is both a PMTiles archive (held in memory by the single file) and the list of its
 * tiles, uncompressed (written as `{z}/{x}/{y}.pbf` files by the static site).
 */
import { gzipSync } from 'node:zlib';
import type { Header } from 'pmtiles';
import { pmtilesFromBytes } from '../pmtiles-buffer';
import { Compression, TileType, writePmtiles } from '../../../../scripts/basemap/pmtiles-writer';

/** Deepest zoom kept for the whole world. */
export const WORLD_MAX_ZOOM = 4;
/** Degrees of longitude and latitude kept around each place at the detailed zooms. */
export const PLACE_MARGIN: { lon: number; lat: number } = { lon: 8, lat: 6 };

export interface RegionTile {
	z: number;
	x: number;
	y: number;
	/** The vector tile, uncompressed. */
	data: Uint8Array;
}

export interface RegionBasemap {
	archive: Uint8Array;
	tiles: RegionTile[];
	header: Header;
	metadata: Record<string, unknown>;
}

function tileY(lat: number, z: number): number {
	const clamped = Math.max(-85.05, Math.min(85.05, lat));
	const r = (clamped * Math.PI) / 180;
	const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
	return Math.min(2 ** z - 1, Math.max(0, y));
}

/** `z/x/y` of the tiles to keep at zoom `z`: all of them, or those near a place. */
function wantedTiles(z: number, places: readonly [number, number][]): Set<string> {
	const keys = new Set<string>();
	const n = 2 ** z;
	if (z <= WORLD_MAX_ZOOM) {
		for (let x = 0; x < n; x++) for (let y = 0; y < n; y++) keys.add(`${z}/${x}/${y}`);
		return keys;
	}
	for (const [lon, lat] of places) {
		const [west, east] = [lon - PLACE_MARGIN.lon, lon + PLACE_MARGIN.lon];
		const [south, north] = [lat - PLACE_MARGIN.lat, lat + PLACE_MARGIN.lat];
		for (let y = tileY(north, z); y <= tileY(south, z); y++) {
			// Wrap across the antimeridian rather than clamp.
			const first = Math.floor(((west + 180) / 360) * n);
			const last = Math.floor(((east + 180) / 360) * n);
			for (let x = first; x <= last; x++) keys.add(`${z}/${((x % n) + n) % n}/${y}`);
		}
	}
	return keys;
}

/**
 * Reads the world archive and keeps the tiles above. `places` are [lon, lat] of the briefing's
 * point places.
 */
export async function cutRegionBasemap(
	worldArchive: Uint8Array,
	places: readonly [number, number][]
): Promise<RegionBasemap> {
	const world = pmtilesFromBytes(worldArchive);
	const header = await world.getHeader();
	const metadata = (await world.getMetadata()) as Record<string, unknown>;
	const tiles: RegionTile[] = [];
	for (let z = header.minZoom; z <= header.maxZoom; z++) {
		for (const key of wantedTiles(z, places)) {
			const [, x, y] = key.split('/').map(Number) as [number, number, number];
			const tile = await world.getZxy(z, x, y);
			if (tile && tile.data.byteLength > 0)
				tiles.push({ z, x, y, data: new Uint8Array(tile.data) });
		}
	}
	const archive = writePmtiles(
		tiles.map((t) => ({ ...t, data: gzipSync(t.data, { level: 9 }) })),
		{
			tileType: TileType.Mvt,
			tileCompression: Compression.Gzip,
			metadata,
			bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
			center: [header.centerLon, header.centerLat, header.centerZoom]
		}
	);
	return { archive, tiles, header, metadata };
}
