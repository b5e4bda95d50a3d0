/**
 * A long list of strings kept as one string and the offsets between them, as the gazetteer
 * index stores its name columns: loading it makes two objects instead of one string per place
 * (hundreds of thousands of allocations, and the garbage collection they cost). Entries are
 * cut out when asked for; `compare` reads them without cutting.
 */

/** What the gazetteer needs of a list of strings; a plain `string[]` is one too. */
export interface StringList {
	readonly length: number;
	at(index: number): string | undefined;
}

export class PackedStrings implements StringList {
	/** `offsets` has one entry more than the list: entry i is `text[offsets[i], offsets[i+1])`. */
	constructor(
		readonly text: string,
		readonly offsets: Uint32Array
	) {}

	get length(): number {
		return this.offsets.length - 1;
	}

	at(index: number): string | undefined {
		if (index < 0) index += this.length;
		if (index < 0 || index >= this.length) return undefined;
		return this.text.slice(this.offsets[index]!, this.offsets[index + 1]!);
	}

	*[Symbol.iterator](): Iterator<string> {
		for (let i = 0; i < this.length; i++) yield this.at(i)!;
	}

	/** Like comparing `at(index)` with `other` by UTF-16 code units: negative, 0 or positive. */
	compare(index: number, other: string): number {
		const start = this.offsets[index]!;
		const length = this.offsets[index + 1]! - start;
		const n = Math.min(length, other.length);
		for (let k = 0; k < n; k++) {
			const d = this.text.charCodeAt(start + k) - other.charCodeAt(k);
			if (d !== 0) return d;
		}
		return length - other.length;
	}
}

/** `list.at(index)` compared with `other`, without cutting the entry out when it is packed. */
export function compareEntry(list: StringList, index: number, other: string): number {
	if (list instanceof PackedStrings) return list.compare(index, other);
	const s = list.at(index)!;
	return s < other ? -1 : s > other ? 1 : 0;
}
