/** A PMTiles archive read from bytes in memory (the server reads the whole file once). */
import { PMTiles, type RangeResponse, type Source } from 'pmtiles';

class BufferSource implements Source {
	readonly #bytes: Uint8Array;
	/** A Node Buffer's `slice` is a view, so the bytes are held as a plain Uint8Array. */
	constructor(bytes: Uint8Array) {
		this.#bytes = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	}
	getKey = () => 'world';
	async getBytes(offset: number, length: number): Promise<RangeResponse> {
		return { data: this.#bytes.slice(offset, offset + length).buffer };
	}
}

export function pmtilesFromBytes(bytes: Uint8Array): PMTiles {
	return new PMTiles(new BufferSource(bytes));
}
