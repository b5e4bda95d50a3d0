import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';
import {
	Compression,
	HEADER_BYTES,
	ROOT_BUDGET,
	TileType,
	writePmtiles,
	type Tile
} from './pmtiles-writer';

/** Serves the archive from memory the way a server answers Range requests. */
class BufferSource implements Source {
	requests: { offset: number; length: number }[] = [];
	constructor(private readonly bytes: Uint8Array) {}
	getKey() {
		return 'memory';
	}
	async getBytes(offset: number, length: number): Promise<RangeResponse> {
		this.requests.push({ offset, length });
		const slice = this.bytes.slice(offset, offset + length);
		return { data: slice.buffer };
	}
}

function tileBytes(text: string): Uint8Array {
	return new Uint8Array(gzipSync(Buffer.from(text)));
}

const options = {
	tileType: TileType.Mvt,
	tileCompression: Compression.Gzip,
	metadata: {
		name: 'test',
		attribution: 'Natural Earth, GeoNames',
		vector_layers: [{ id: 'countries', fields: {} }]
	},
	bounds: [-180, -85, 180, 85] as [number, number, number, number],
	center: [35, 48, 3] as [number, number, number]
};

async function read(
	bytes: Uint8Array,
	z: number,
	x: number,
	y: number
): Promise<string | undefined> {
	const archive = new PMTiles(new BufferSource(bytes));
	// The reader decompresses tiles as the header's tile compression says.
	const tile = await archive.getZxy(z, x, y);
	return tile ? Buffer.from(tile.data).toString() : undefined;
}

function pyramid(
	maxZoom: number,
	content: (z: number, x: number, y: number) => string | undefined
): Tile[] {
	const tiles: Tile[] = [];
	for (let z = 0; z <= maxZoom; z++) {
		for (let x = 0; x < 2 ** z; x++) {
			for (let y = 0; y < 2 ** z; y++) {
				const text = content(z, x, y);
				if (text !== undefined) tiles.push({ z, x, y, data: tileBytes(text) });
			}
		}
	}
	return tiles;
}

describe('writePmtiles read back with the pmtiles package', () => {
	const tiles = pyramid(3, (z, x, y) => `${z}/${x}/${y}`);
	const bytes = writePmtiles(tiles, options);

	it('writes a v3 header the reader understands', async () => {
		const header = await new PMTiles(new BufferSource(bytes)).getHeader();
		expect(new TextDecoder().decode(bytes.slice(0, 7))).toBe('PMTiles');
		expect(header).toMatchObject({
			specVersion: 3,
			rootDirectoryOffset: HEADER_BYTES,
			tileType: TileType.Mvt,
			tileCompression: Compression.Gzip,
			internalCompression: Compression.Gzip,
			minZoom: 0,
			maxZoom: 3,
			minLon: -180,
			maxLat: 85,
			centerZoom: 3,
			centerLon: 35,
			numAddressedTiles: 85,
			numTileEntries: 85,
			numTileContents: 85,
			clustered: true
		});
		expect(header.tileDataOffset + header.tileDataLength!).toBe(bytes.length);
	});

	it('returns every tile it was given, and nothing for tiles it was not', async () => {
		for (const [z, x, y] of [
			[0, 0, 0],
			[1, 1, 0],
			[2, 3, 1],
			[3, 5, 6],
			[3, 7, 7]
		] as const) {
			expect(await read(bytes, z, x, y)).toBe(`${z}/${x}/${y}`);
		}
		expect(await read(bytes, 4, 0, 0)).toBeUndefined();
	});

	it('stores the JSON metadata', async () => {
		const metadata = await new PMTiles(new BufferSource(bytes)).getMetadata();
		expect(metadata).toEqual(options.metadata);
	});

	it('reads back tiles given in any order', async () => {
		const shuffled = writePmtiles([...tiles].reverse(), options);
		expect(await read(shuffled, 3, 2, 5)).toBe('3/2/5');
	});
});

describe('deduplication', () => {
	// Ocean everywhere except one tile per zoom level, as in a basemap.
	const tiles = pyramid(4, (z, x, y) => (x === 1 && y === 1 ? `land ${z}` : 'ocean'));
	const bytes = writePmtiles(tiles, options);

	it('stores identical tiles once and collapses runs into single entries', async () => {
		const header = await new PMTiles(new BufferSource(bytes)).getHeader();
		expect(header.numAddressedTiles).toBe(tiles.length);
		expect(header.numTileContents).toBe(5); // 'ocean' + 'land 1..4'
		expect(header.numTileEntries).toBeLessThan(tiles.length / 4);
	});

	it('reads repeated tiles from the run they belong to', async () => {
		expect(await read(bytes, 4, 15, 15)).toBe('ocean');
		expect(await read(bytes, 4, 1, 1)).toBe('land 4');
		expect(await read(bytes, 4, 1, 2)).toBe('ocean');
	});
});

describe('leaf directories', () => {
	// Distinct tiles of irregular sizes with irregular gaps, z0 to z8: an uncompressible directory
	// far larger than a 16 KiB root can hold.
	let seed = 42;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const kept = (z: number, x: number, y: number) =>
		z < 8 || (x === 200 && y === 17) || (x !== 0 && random() > 0.2);
	const tiles = pyramid(8, (z, x, y) =>
		kept(z, x, y) ? `${z}/${x}/${y}`.padEnd(10 + Math.floor(random() * 200), '.') : undefined
	);
	const bytes = writePmtiles(tiles, options);

	it('keeps the header and the root directory within the first 16 KiB', async () => {
		const header = await new PMTiles(new BufferSource(bytes)).getHeader();
		expect(header.leafDirectoryLength).toBeGreaterThan(0);
		expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(
			ROOT_BUDGET
		);
	});

	it('finds tiles through the leaves', async () => {
		expect(await read(bytes, 8, 200, 17)).toMatch(/^8\/200\/17\.+$/);
		expect(await read(bytes, 7, 127, 127)).toMatch(/^7\/127\/127\.+$/);
		expect(await read(bytes, 0, 0, 0)).toMatch(/^0\/0\/0\.+$/);
		expect(await read(bytes, 8, 0, 5)).toBeUndefined(); // a gap: column 0 is left out
	});
});

describe('refusals', () => {
	it('refuses an empty tile set, empty tiles and duplicates', () => {
		expect(() => writePmtiles([], options)).toThrow(/at least one/);
		expect(() => writePmtiles([{ z: 0, x: 0, y: 0, data: new Uint8Array(0) }], options)).toThrow(
			/empty/
		);
		const one = { z: 1, x: 0, y: 0, data: tileBytes('a') };
		expect(() => writePmtiles([one, { ...one }], options)).toThrow(/twice/);
	});
});
