import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { Compression, TileType, writePmtiles } from '../../../scripts/basemap/pmtiles-writer';
import { tileResponder, VECTOR_TILE_TYPE } from './basemap-tiles';

/** Stand-ins for vector tiles: the server passes bytes through, it does not read them. */
const world = new TextEncoder().encode('tile 0/0/0 '.repeat(40));
const northWest = new TextEncoder().encode('tile 1/0/0');

function archive(): Uint8Array {
	return writePmtiles(
		[
			{ z: 0, x: 0, y: 0, data: gzipSync(world) },
			{ z: 1, x: 0, y: 0, data: gzipSync(northWest) }
		],
		{
			tileType: TileType.Mvt,
			tileCompression: Compression.Gzip,
			metadata: {},
			bounds: [-180, -85, 180, 85],
			center: [0, 0, 0]
		}
	);
}

function get(serve: ReturnType<typeof tileResponder>, path: string, headers: HeadersInit = {}) {
	const url = new URL(`http://localhost${path}`);
	const [z = '', x = '', y = ''] = path
		.replace(/^\/basemap\/tiles\//, '')
		.replace(/\.pbf$/, '')
		.split('/');
	return serve({ z, x, y }, new Request(url, { headers }), url);
}

const gzipOk = { 'accept-encoding': 'gzip, deflate, br' };

describe('tileResponder', () => {
	it('sends a tile gzipped, as a vector tile, with a strong ETag', async () => {
		const response = await get(
			tileResponder(async () => archive()),
			'/basemap/tiles/0/0/0.pbf',
			gzipOk
		);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe(VECTOR_TILE_TYPE);
		expect(response.headers.get('content-encoding')).toBe('gzip');
		expect(response.headers.get('etag')).toMatch(/^"[\w-]{22}"$/);
		const body = new Uint8Array(await response.arrayBuffer());
		expect(gunzipSync(body)).toEqual(Buffer.from(world));
		expect(body.byteLength).toBeLessThan(world.byteLength);
	});

	it('sends the plain tile to a client that does not take gzip', async () => {
		const response = await get(
			tileResponder(async () => archive()),
			'/basemap/tiles/1/0/0.pbf'
		);
		expect(response.headers.get('content-encoding')).toBeNull();
		expect(new Uint8Array(await response.arrayBuffer())).toEqual(northWest);
	});

	it('answers a repeat request with 304 when the ETag still matches', async () => {
		const serve = tileResponder(async () => archive());
		const first = await get(serve, '/basemap/tiles/0/0/0.pbf', gzipOk);
		const etag = first.headers.get('etag') ?? '';
		const again = await get(serve, '/basemap/tiles/0/0/0.pbf', {
			...gzipOk,
			'if-none-match': etag
		});
		expect(again.status).toBe(304);
		expect(await again.text()).toBe('');
	});

	it('reads the archive once, however many tiles are asked for', async () => {
		const load = vi.fn(async () => archive());
		const serve = tileResponder(load);
		await Promise.all(
			['0/0/0', '1/0/0', '1/1/1'].map((t) => get(serve, `/basemap/tiles/${t}.pbf`))
		);
		expect(load).toHaveBeenCalledTimes(1);
	});

	it('answers 204 for a tile the archive does not hold, which MapLibre draws empty', async () => {
		const response = await get(
			tileResponder(async () => archive()),
			'/basemap/tiles/1/1/1.pbf'
		);
		expect(response.status).toBe(204);
	});

	it.each([
		['/basemap/tiles/a/0/0.pbf', 400, "z: 'a' is not a whole number"],
		['/basemap/tiles/0/-1/0.pbf', 400, "x: '-1' is not a whole number"],
		['/basemap/tiles/0/0/1e3.pbf', 400, "y: '1e3' is not a whole number"],
		['/basemap/tiles/2/0/0.pbf', 404, 'z: the basemap has zoom levels 0–1, not 2'],
		['/basemap/tiles/1/2/0.pbf', 404, 'zoom 1 has tiles 0–1 across and down, not 2/0']
	])('answers %s with a %i problem that names what is wrong', async (path, status, detail) => {
		const response = await get(
			tileResponder(async () => archive()),
			path
		);
		expect(response.status).toBe(status);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		expect(await response.json()).toMatchObject({ status, detail, instance: path });
	});

	it('says the basemap is missing, not a stack trace, when the build has not made it', async () => {
		const { ExportInputMissing } = await import('./export/offline-file');
		const serve = tileResponder(async () => {
			throw new ExportInputMissing('The basemap archive is missing; run npm run build.');
		});
		const response = await get(serve, '/basemap/tiles/0/0/0.pbf');
		expect(response.status).toBe(503);
		expect((await response.json()).detail).toContain('run npm run build');
	});
});
