/**
 * A PMTiles source over bytes already in memory: the basemap archive that a single-file export
 * carries inside itself. `pmtiles` reads any object with `getKey` and `getBytes`.
 * https://github.com/protomaps/PMTiles/blob/main/js/src/index.ts (interface Source)
 */
import type { RangeResponse, Source } from 'pmtiles';

export class MemorySource implements Source {
	readonly #bytes: Uint8Array;
	readonly #key: string;

	/** `key` is the URL the style names after `pmtiles://`. */
	constructor(bytes: Uint8Array, key: string) {
		this.#bytes = bytes;
		this.#key = key;
	}

	getKey(): string {
		return this.#key;
	}

	async getBytes(offset: number, length: number): Promise<RangeResponse> {
		const slice = this.#bytes.slice(offset, offset + length);
		return { data: slice.buffer };
	}
}
