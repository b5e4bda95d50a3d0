/**
 * Writes the gazetteer index in the file format that src/lib/server/gazetteer-file.ts reads
 * (described there): typed arrays as raw bytes, long string arrays packed or as codes into a
 * vocabulary, everything else as JSON in the header.
 */
import {
	MAGIC,
	type IndexHeader,
	type Section,
	type SectionType
} from '../../src/lib/server/gazetteer-file.ts';
import type { GazetteerData } from '../../src/lib/geoparse/gazetteer-data.ts';

/** Arrays shorter than this stay in the JSON header. */
const SECTION_MIN = 256;

const TYPE_OF = new Map<unknown, SectionType>([
	[Float64Array, 'f64'],
	[Uint32Array, 'u32'],
	[Uint16Array, 'u16'],
	[Uint8Array, 'u8']
]);

interface Pending {
	section: Omit<Section, 'offset'>;
	bytes: Uint8Array;
}

function stringSection(strings: string[]): Pending {
	const vocabulary = [...new Set(strings)];
	// A column of few distinct values ("US", "PPL") is stored as codes, and loading it shares
	// one string per value instead of making one per place.
	if (vocabulary.length <= 0xffff && vocabulary.length * 8 < strings.length) {
		const code = new Map(vocabulary.map((v, i) => [v, i]));
		const codes = Uint16Array.from(strings, (s) => code.get(s)!);
		return {
			section: { type: 'dict', byteLength: codes.byteLength, count: strings.length, vocabulary },
			bytes: new Uint8Array(codes.buffer)
		};
	}
	const offsets = new Uint32Array(strings.length + 1);
	strings.forEach((s, i) => (offsets[i + 1] = offsets[i]! + s.length));
	const joined = strings.join('');
	// Latin-1 when it can hold every character: half the bytes, and just as fast to read.
	const encoding = /[\u0100-\uffff]/.test(joined) ? 'utf16le' : 'latin1';
	const bytes = Buffer.concat([new Uint8Array(offsets.buffer), Buffer.from(joined, encoding)]);
	return {
		section: { type: 'strings', byteLength: bytes.byteLength, count: strings.length, encoding },
		bytes
	};
}

export function encodeGazetteerIndex(data: GazetteerData): Buffer {
	const pending: Pending[] = [];
	const walk = (value: unknown, where: string): unknown => {
		if (ArrayBuffer.isView(value)) {
			const type = TYPE_OF.get(value.constructor);
			if (!type) throw new Error(`${where}: no section type for ${value.constructor.name}`);
			const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
			const count = (value as unknown as ArrayLike<number>).length;
			pending.push({ section: { type, byteLength: bytes.byteLength, count }, bytes });
			return { $section: pending.length - 1 };
		}
		if (Array.isArray(value)) {
			if (value.length >= SECTION_MIN && value.every((v) => typeof v === 'string')) {
				pending.push(stringSection(value as string[]));
				return { $section: pending.length - 1 };
			}
			return value.map((v, i) => walk(v, `${where}[${i}]`));
		}
		if (value && typeof value === 'object') {
			return Object.fromEntries(
				Object.entries(value).map(([k, v]) => [k, walk(v, `${where}.${k}`)])
			);
		}
		return value;
	};
	const value = walk(data, 'index');
	// Section offsets depend on the header's length, which depends on the offsets' digits:
	// lay out until the header stops growing.
	let headerLength = 0;
	let header: IndexHeader;
	let headerBytes: Buffer;
	for (;;) {
		let offset = align(8 + headerLength);
		const sections = pending.map(({ section }) => {
			const placed = { ...section, offset };
			offset = align(offset + section.byteLength);
			return placed;
		});
		header = { value, sections };
		headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
		if (headerBytes.byteLength <= headerLength) break;
		headerLength = headerBytes.byteLength;
	}
	const last = header.sections.at(-1);
	const out = Buffer.alloc(last ? last.offset + last.byteLength : align(8 + headerLength));
	out.write(MAGIC, 0, 'latin1');
	out.writeUInt32LE(headerLength, 4);
	headerBytes.copy(out, 8);
	// Pad the header to its reserved length so the sections stay where the header says.
	out.fill(0x20, 8 + headerBytes.byteLength, 8 + headerLength);
	header.sections.forEach((s, i) => out.set(pending[i]!.bytes, s.offset));
	return out;
}

const align = (n: number) => Math.ceil(n / 8) * 8;
