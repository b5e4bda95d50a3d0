/**
 * A small PMTiles v3 writer: one archive file from a set of already-encoded tiles.
 *
 * Follows the public specification (protomaps/PMTiles `spec/v3/spec.md`): a 127-byte header,
 * a root directory that fits in the first 16 KiB, JSON metadata, leaf directories when the root
 * would not fit, then tile data. Tiles are stored in Hilbert TileId order and identical tiles are
 * stored once (the ocean and the inside of big countries repeat a lot), so the archive is
 * "clustered" and runs of identical neighbours collapse into one directory entry.
 *
 * Written here rather than taken from a package because the npm `pmtiles` package only reads;
 * its TileId function orders the tiles, and the spec reads the archive back with it.
 */
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { zxyToTileId } from 'pmtiles';

export const HEADER_BYTES = 127;
/** Header plus root directory must fit here, so a client gets both with its first request. */
export const ROOT_BUDGET = 16384;

export const Compression = { Unknown: 0, None: 1, Gzip: 2, Brotli: 3, Zstd: 4 } as const;
export const TileType = { Unknown: 0, Mvt: 1, Png: 2, Jpeg: 3, Webp: 4, Avif: 5 } as const;

export interface Tile {
	z: number;
	x: number;
	y: number;
	/** The bytes as stored, already compressed with `tileCompression`. */
	data: Uint8Array;
}

export interface Entry {
	tileId: number;
	offset: number;
	length: number;
	/** ≥ 1: this many consecutive TileIds share the data; 0: the entry points at a leaf directory. */
	runLength: number;
}

export interface ArchiveOptions {
	tileType: number;
	tileCompression: number;
	/** Serialised as JSON; for vector tiles TileJSON's `vector_layers` belongs here. */
	metadata: Record<string, unknown>;
	bounds: [west: number, south: number, east: number, north: number];
	center: [lon: number, lat: number, zoom: number];
}

/** Unsigned LEB128; arithmetic rather than bit operations so values above 2^31 survive. */
function writeVarint(out: number[], value: number): void {
	if (!Number.isSafeInteger(value) || value < 0)
		throw new Error(`cannot encode ${value} as a varint`);
	let v = value;
	while (v >= 0x80) {
		out.push((v % 0x80) | 0x80);
		v = Math.floor(v / 0x80);
	}
	out.push(v);
}

/**
 * The spec's directory encoding: entry count, then columns of delta-coded TileIds, run lengths,
 * lengths and offsets (0 meaning "right after the previous entry"), uncompressed.
 */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
	const out: number[] = [];
	writeVarint(out, entries.length);
	let lastId = 0;
	for (const e of entries) {
		writeVarint(out, e.tileId - lastId);
		lastId = e.tileId;
	}
	for (const e of entries) writeVarint(out, e.runLength);
	for (const e of entries) writeVarint(out, e.length);
	entries.forEach((e, i) => {
		const prev = entries[i - 1];
		writeVarint(out, i > 0 && prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
	});
	return Uint8Array.from(out);
}

function gzip(bytes: Uint8Array): Uint8Array {
	return new Uint8Array(gzipSync(bytes, { level: 9 }));
}

/**
 * Splits the entries into leaf directories when the root alone would break the 16 KiB budget,
 * growing the leaf size until the root of pointers fits (the approach of the reference writer).
 */
export function buildDirectories(entries: readonly Entry[]): {
	root: Uint8Array;
	leaves: Uint8Array;
} {
	const whole = gzip(serializeDirectory(entries));
	if (HEADER_BYTES + whole.length <= ROOT_BUDGET) return { root: whole, leaves: new Uint8Array(0) };

	let leafSize = Math.max(4096, Math.ceil(entries.length / 3500));
	for (;;) {
		const rootEntries: Entry[] = [];
		const leafParts: Uint8Array[] = [];
		let offset = 0;
		for (let i = 0; i < entries.length; i += leafSize) {
			const leaf = gzip(serializeDirectory(entries.slice(i, i + leafSize)));
			rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
			leafParts.push(leaf);
			offset += leaf.length;
		}
		const root = gzip(serializeDirectory(rootEntries));
		if (HEADER_BYTES + root.length <= ROOT_BUDGET) return { root, leaves: concat(leafParts) };
		leafSize = Math.ceil(leafSize * 1.2);
	}
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

/** Writes a PMTiles v3 archive. Tiles may come in any order; identical tile bytes are stored once. */
export function writePmtiles(tiles: readonly Tile[], options: ArchiveOptions): Uint8Array {
	if (tiles.length === 0) throw new Error('an archive needs at least one tile');
	const sorted = tiles
		.map((t) => ({ ...t, tileId: zxyToTileId(t.z, t.x, t.y) }))
		.sort((a, b) => a.tileId - b.tileId);

	const stored = new Map<string, { offset: number; length: number }>();
	const dataParts: Uint8Array[] = [];
	let dataLength = 0;
	const entries: Entry[] = [];
	for (const tile of sorted) {
		if (tile.data.length === 0)
			throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} is empty; leave it out`);
		const hash = createHash('sha256').update(tile.data).digest('hex');
		let blob = stored.get(hash);
		if (!blob) {
			blob = { offset: dataLength, length: tile.data.length };
			stored.set(hash, blob);
			dataParts.push(tile.data);
			dataLength += tile.data.length;
		}
		const last = entries.at(-1);
		if (last && last.tileId === tile.tileId)
			throw new Error(`tile ${tile.z}/${tile.x}/${tile.y} appears twice`);
		if (last && last.offset === blob.offset && last.tileId + last.runLength === tile.tileId) {
			last.runLength += 1;
		} else {
			entries.push({ tileId: tile.tileId, offset: blob.offset, length: blob.length, runLength: 1 });
		}
	}

	const { root, leaves } = buildDirectories(entries);
	const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
	const zooms = sorted.map((t) => t.z);

	const rootOffset = HEADER_BYTES;
	const metadataOffset = rootOffset + root.length;
	const leavesOffset = metadataOffset + metadata.length;
	const dataOffset = leavesOffset + leaves.length;

	const header = new DataView(new ArrayBuffer(HEADER_BYTES));
	new TextEncoder().encode('PMTiles').forEach((c, i) => header.setUint8(i, c));
	header.setUint8(7, 3);
	const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
	u64(8, rootOffset);
	u64(16, root.length);
	u64(24, metadataOffset);
	u64(32, metadata.length);
	u64(40, leavesOffset);
	u64(48, leaves.length);
	u64(56, dataOffset);
	u64(64, dataLength);
	u64(
		72,
		entries.reduce((n, e) => n + e.runLength, 0)
	);
	u64(80, entries.length);
	u64(88, stored.size);
	header.setUint8(96, 1); // clustered: blobs are in TileId order
	header.setUint8(97, Compression.Gzip); // directories and metadata
	header.setUint8(98, options.tileCompression);
	header.setUint8(99, options.tileType);
	header.setUint8(100, Math.min(...zooms));
	header.setUint8(101, Math.max(...zooms));
	const e7 = (at: number, degrees: number) => header.setInt32(at, Math.round(degrees * 1e7), true);
	const [west, south, east, north] = options.bounds;
	e7(102, west);
	e7(106, south);
	e7(110, east);
	e7(114, north);
	header.setUint8(118, options.center[2]);
	e7(119, options.center[0]);
	e7(123, options.center[1]);

	return concat([new Uint8Array(header.buffer), root, metadata, leaves, ...dataParts]);
}
