/**
 * The gazetteer index's file format, read here and written by `scripts/gazetteer/build.ts`.
 * A JSON index of 160,000 places took most of a second to parse and turn into lookup maps; this
 * format stores the index's arrays as they are in memory, so loading is reading bytes into typed
 * arrays and splitting a few long strings:
 *
 *   "BMGZ", header length (uint32 LE), header (UTF-8 JSON), then sections, each at a multiple
 *   of 8 bytes from the start of the file.
 *
 * The header holds everything small as plain JSON (`value`), with each large array replaced by
 * `{"$section": n}`; `sections[n]` says where its bytes are and how to read them: a typed array
 * (`f64`, `u32`, `u16`, `u8`), strings (`strings`: `count + 1` uint32 offsets, then the strings
 * one after another in Latin-1 or UTF-16LE, read as one `PackedStrings`), or strings from a short
 * vocabulary (`dict`: uint16 codes into `vocabulary`).
 */
import type { GazetteerData } from '../geoparse/gazetteer-data';
import { PackedStrings } from '../geoparse/packed-strings';

export const MAGIC = 'BMGZ';

export type SectionType = 'f64' | 'u32' | 'u16' | 'u8' | 'strings' | 'dict';

export interface Section {
	type: SectionType;
	/** Byte offset from the start of the file. */
	offset: number;
	byteLength: number;
	/** Number of entries. */
	count: number;
	vocabulary?: string[];
	/** Of a `strings` section: `latin1` when every character is below U+0100, else `utf16le`. */
	encoding?: 'latin1' | 'utf16le';
}

export interface IndexHeader {
	value: unknown;
	sections: Section[];
}

const TYPED = {
	f64: Float64Array,
	u32: Uint32Array,
	u16: Uint16Array,
	u8: Uint8Array
} as const;

function readSection(bytes: Uint8Array, s: Section): unknown {
	const end = s.offset + s.byteLength;
	if (end > bytes.byteLength) throw new Error('a section runs past the end of the file');
	switch (s.type) {
		case 'strings': {
			const offsetBytes = (s.count + 1) * 4;
			const offsets = readTyped(bytes, {
				...s,
				type: 'u32',
				count: s.count + 1,
				byteLength: offsetBytes
			}) as Uint32Array;
			const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(
				s.encoding ?? 'utf16le',
				s.offset + offsetBytes,
				end
			);
			if (offsets[s.count] !== text.length) throw new Error('a string section is cut short');
			return new PackedStrings(text, offsets);
		}
		case 'dict': {
			const codes = readTyped(bytes, { ...s, type: 'u16' }) as Uint16Array;
			const vocabulary = s.vocabulary ?? [];
			// A plain loop: Array.from with a mapping function is several times slower here.
			const strings = new Array<string>(codes.length);
			for (let i = 0; i < codes.length; i++) strings[i] = vocabulary[codes[i]!] ?? '';
			return strings;
		}
		default:
			return readTyped(bytes, s);
	}
}

function readTyped(bytes: Uint8Array, s: Section): ArrayBufferView {
	const Typed = TYPED[s.type as keyof typeof TYPED];
	if (!Typed) throw new Error(`unknown section type ${s.type}`);
	if (s.byteLength !== s.count * Typed.BYTES_PER_ELEMENT) {
		throw new Error('a number section has the wrong length');
	}
	// Copied out of the file's buffer: a typed array must start at a multiple of its element
	// size, which the file's offset guarantees only if the buffer itself is aligned.
	const array = new Typed(s.count);
	new Uint8Array(array.buffer).set(bytes.subarray(s.offset, s.offset + s.byteLength));
	return array;
}

function revive(value: unknown, sections: unknown[]): unknown {
	if (Array.isArray(value)) return value.map((v) => revive(v, sections));
	if (value && typeof value === 'object') {
		const ref = (value as { $section?: unknown }).$section;
		if (typeof ref === 'number') {
			if (!(ref in sections)) throw new Error(`missing section ${ref}`);
			return sections[ref];
		}
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, sections)]));
	}
	return value;
}

/** Decodes an index file; throws with a short reason when the bytes are not one. */
export function decodeGazetteerIndex(bytes: Uint8Array): GazetteerData {
	const text = (a: number, b: number) =>
		Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', a, b);
	if (bytes.byteLength < 8 || text(0, 4) !== MAGIC) throw new Error('not a gazetteer index');
	const headerLength = new DataView(bytes.buffer, bytes.byteOffset + 4, 4).getUint32(0, true);
	const header = JSON.parse(text(8, 8 + headerLength)) as IndexHeader;
	const sections = header.sections.map((s) => readSection(bytes, s));
	const data = revive(header.value, sections) as GazetteerData;
	if (data.format !== 2) throw new Error('the index has an unknown format');
	return data;
}
