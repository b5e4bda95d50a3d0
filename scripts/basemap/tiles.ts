/**
 * Cuts the layers into Mapbox Vector Tiles: `@maplibre/geojson-vt` slices and simplifies per zoom,
 * `@maplibre/vt-pbf` encodes, gzip compresses. Each zoom band takes its polygons and lines from
 * one Natural Earth resolution; label points are shared and filtered by their `minzoom`.
 */
import { gzipSync } from 'node:zlib';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import type { Tile } from './pmtiles-writer.ts';

export const EXTENT = 4096;

export interface ZoomBand {
	minzoom: number;
	maxzoom: number;
	/** Source-layer name → features drawn at these zooms. */
	layers: Record<string, FeatureCollection>;
}

export interface TileStats {
	tiles: number;
	bytes: number;
	/** Encoded (gzipped) bytes per source layer, summed over tiles, for finding what to trim. */
	bytesByLayer: Record<string, number>;
	/** Gzipped bytes per zoom level, before identical tiles are stored once. */
	bytesByZoom: Record<number, number>;
}

function index(data: FeatureCollection, maxZoom: number): GeoJSONVT {
	return new GeoJSONVT(data, {
		maxZoom,
		indexMaxZoom: maxZoom,
		// Simplification tolerance in tile units (of 4096): invisible at the zoom it is cut for,
		// and it keeps 10m coastlines from dominating the archive.
		tolerance: 4,
		extent: EXTENT,
		// Lines and fills run this far past the tile edge so strokes join without seams.
		buffer: 64
	});
}

/**
 * Drops features whose `minzoom` is above this tile's zoom (label layers only carry one). The
 * deepest tiles keep them all: MapLibre over-zooms those, and the style's own `minzoom` filter
 * shows the rest as the reader zooms past the archive's last level.
 */
function visibleAt(tile: GeoJSONVTTile, z: number, deepest: boolean): GeoJSONVTTile {
	if (deepest) return tile;
	const features = tile.features.filter((f) => {
		const minzoom = f.tags?.minzoom;
		return typeof minzoom !== 'number' || minzoom <= z;
	});
	return { ...tile, features: features as GeoJSONVTTile['features'] };
}

/**
 * Every non-empty tile of the bands, encoded and gzipped. Tiles with nothing in them (open ocean)
 * are left out: the pmtiles protocol answers them with an empty tile and the style's background
 * draws the water.
 */
export function cutTiles(
	bands: ZoomBand[],
	shared: Record<string, FeatureCollection>
): { tiles: Tile[]; stats: TileStats } {
	const maxzoom = Math.max(...bands.map((b) => b.maxzoom));
	const sharedIndexes = Object.entries(shared).map(
		([name, data]) => [name, index(data, maxzoom)] as const
	);
	const tiles: Tile[] = [];
	const stats: TileStats = { tiles: 0, bytes: 0, bytesByLayer: {}, bytesByZoom: {} };

	for (const band of bands) {
		const bandIndexes = Object.entries(band.layers).map(
			([name, data]) => [name, index(data, band.maxzoom)] as const
		);
		const indexes = [...bandIndexes, ...sharedIndexes];
		for (let z = band.minzoom; z <= band.maxzoom; z++) {
			for (let x = 0; x < 2 ** z; x++) {
				for (let y = 0; y < 2 ** z; y++) {
					const layers: Record<string, GeoJSONVTTile> = {};
					for (const [name, idx] of indexes) {
						const tile = idx.getTile(z, x, y);
						if (!tile) continue;
						const visible = visibleAt(tile, z, z === maxzoom);
						if (visible.features.length > 0) layers[name] = visible;
					}
					if (Object.keys(layers).length === 0) continue;
					const data = new Uint8Array(
						gzipSync(fromGeojsonVt(layers, { version: 2, extent: EXTENT }), { level: 9 })
					);
					tiles.push({ z, x, y, data });
					stats.tiles += 1;
					stats.bytes += data.length;
					stats.bytesByZoom[z] = (stats.bytesByZoom[z] ?? 0) + data.length;
					for (const [name, layer] of Object.entries(layers)) {
						const alone = gzipSync(
							fromGeojsonVt({ [name]: layer }, { version: 2, extent: EXTENT })
						).length;
						stats.bytesByLayer[name] = (stats.bytesByLayer[name] ?? 0) + alone;
					}
				}
			}
		}
	}
	return { tiles, stats };
}
