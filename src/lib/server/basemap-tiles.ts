/**
 * `GET /basemap/tiles/{z}/{x}/{y}.pbf`: the basemap's tiles one by one, read from the world
 * archive the build writes. Pages then fetch plain tile URLs with MapLibre's own loader and need
 * no archive reader of their own (see `$lib/map/basemap-source`); it is also the layout a static
 * export writes, so the app and its exports name tiles alike.
 *
 * Each tile is sent gzipped (vector tiles shrink to about a third), with a strong ETag; both are
 * computed once per tile and kept, since the archive does not change while the server runs.
 * A tile the archive lacks (open sea at a deep zoom) is 204 No Content, which MapLibre draws as
 * an empty tile; an address that is not a tile is a problem naming the part at fault.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PMTiles } from 'pmtiles';
import { ExportInputMissing, readWorldArchive } from './export/offline-file';
import { pmtilesFromBytes } from './pmtiles-buffer';
import { ApiProblem, notFound, problemResponse, problemTypes } from './ogc/problem';

export const VECTOR_TILE_TYPE = 'application/vnd.mapbox-vector-tile';

interface StoredTile {
	gzipped: Uint8Array<ArrayBuffer>;
	etag: string;
}

function badAddress(part: string, detail: string): ApiProblem {
	return new ApiProblem({
		type: problemTypes.invalidParameter,
		title: 'Invalid tile address',
		status: 400,
		detail: `${part}: ${detail}`,
		parameter: part
	});
}

export type TileResponder = (
	params: { z: string; x: string; y: string },
	request: Request,
	url: URL
) => Promise<Response>;

/** Serves the tiles of the archive `load` reads (once, on the first request). */
export function tileResponder(load: () => Promise<Uint8Array>): TileResponder {
	let archive: Promise<PMTiles> | undefined;
	const stored = new Map<string, Promise<StoredTile | undefined>>();

	function worldArchive(): Promise<PMTiles> {
		archive ??= load().then((bytes) => pmtilesFromBytes(bytes));
		archive.catch(() => (archive = undefined));
		return archive;
	}

	/** z, x and y as numbers, or the problem with the first part that is not a tile address. */
	async function tileAddress(raw: {
		z: string;
		x: string;
		y: string;
	}): Promise<[number, number, number]> {
		const parts = (['z', 'x', 'y'] as const).map((part) => {
			if (!/^\d{1,9}$/.test(raw[part])) {
				throw badAddress(part, `'${raw[part].slice(0, 20)}' is not a whole number`);
			}
			return Number(raw[part]);
		});
		const [z, x, y] = parts as [number, number, number];
		const header = await (await worldArchive()).getHeader();
		if (z < header.minZoom || z > header.maxZoom) {
			throw notFound(
				`z: the basemap has zoom levels ${header.minZoom}–${header.maxZoom}, not ${z}`
			);
		}
		const size = 2 ** z;
		if (x >= size || y >= size) {
			throw notFound(`zoom ${z} has tiles 0–${size - 1} across and down, not ${x}/${y}`);
		}
		return [z, x, y];
	}

	function readTile(z: number, x: number, y: number): Promise<StoredTile | undefined> {
		const key = `${z}/${x}/${y}`;
		let tile = stored.get(key);
		if (!tile) {
			tile = worldArchive()
				.then((archive) => archive.getZxy(z, x, y))
				.then((found) => {
					if (!found || found.data.byteLength === 0) return undefined;
					const gzipped = new Uint8Array(gzipSync(new Uint8Array(found.data)));
					const etag = `"${createHash('sha256').update(gzipped).digest('base64url').slice(0, 22)}"`;
					return { gzipped, etag };
				});
			stored.set(key, tile);
			tile.catch(() => stored.delete(key));
		}
		return tile;
	}

	async function tileResponse(
		params: { z: string; x: string; y: string },
		request: Request,
		url: URL
	): Promise<Response> {
		try {
			const tile = await readTile(...(await tileAddress(params)));
			// An hour: tiles change only when the basemap is rebuilt, and the ETag revalidates them.
			const headers: Record<string, string> = { 'cache-control': 'public, max-age=3600' };
			if (!tile) return new Response(null, { status: 204, headers });
			// One ETag per representation, since a cache keeps both (Vary: Accept-Encoding).
			const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
			headers.etag = gzip ? tile.etag : tile.etag.replace(/"$/, '-identity"');
			headers.vary = 'accept-encoding';
			if (request.headers.get('if-none-match') === headers.etag) {
				return new Response(null, { status: 304, headers });
			}
			headers['content-type'] = VECTOR_TILE_TYPE;
			if (!gzip) return new Response(new Uint8Array(gunzipSync(tile.gzipped)), { headers });
			headers['content-encoding'] = 'gzip';
			return new Response(tile.gzipped, { headers });
		} catch (error) {
			if (error instanceof ApiProblem) return problemResponse(error.details, url);
			if (error instanceof ExportInputMissing) {
				const detail = error.message;
				return problemResponse(
					{ type: problemTypes.internal, title: 'Basemap missing', status: 503, detail },
					url
				);
			}
			throw error;
		}
	}

	return tileResponse;
}

export const basemapTileResponse = tileResponder(readWorldArchive);
