/**
 * A lookup table from normalised names to places, stored as three flat arrays rather than a Map
 * of arrays: the keys sorted, and for key k the places `places[start[k] .. start[k + 1])`. The
 * gazetteer build writes these arrays as they are, so loading the index builds no map and no
 * per-name array; a lookup is a binary search, and names that start with a prefix sit together.
 */
import { compareEntry, type StringList } from './packed-strings';

/** The table as stored in the index. `keys` are sorted by UTF-16 code units (`<`). */
export interface NameTableData {
	keys: StringList;
	start: Uint32Array;
	places: Uint32Array;
}

/** Builds the table from (key, place) pairs; empty keys and repeated pairs are left out. */
export function nameTableOf(pairs: Iterable<readonly [string, number]>): NameTableData {
	const byKey = new Map<string, number[]>();
	for (const [key, place] of pairs) {
		if (!key) continue;
		const list = byKey.get(key);
		if (!list) byKey.set(key, [place]);
		else if (!list.includes(place)) list.push(place);
	}
	const keys = [...byKey.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	const start = new Uint32Array(keys.length + 1);
	const places: number[] = [];
	keys.forEach((key, k) => {
		start[k] = places.length;
		places.push(...byKey.get(key)!);
	});
	start[keys.length] = places.length;
	return { keys, start, places: Uint32Array.from(places) };
}

export class NameTable {
	constructor(readonly data: NameTableData) {}

	get size(): number {
		return this.data.keys.length;
	}

	/** Position of the first key not below `key`. */
	private lowerBound(key: string): number {
		const keys = this.data.keys;
		let lo = 0;
		let hi = keys.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (compareEntry(keys, mid, key) < 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	private placesAt(k: number): number[] {
		return Array.from(this.data.places.subarray(this.data.start[k]!, this.data.start[k + 1]!));
	}

	/** The places named `key`, or undefined when none is. */
	get(key: string): number[] | undefined {
		const k = this.lowerBound(key);
		const keys = this.data.keys;
		return k < keys.length && compareEntry(keys, k, key) === 0 ? this.placesAt(k) : undefined;
	}

	/** Every (key, places) whose key starts with `prefix`, in key order. */
	*withPrefix(prefix: string): Generator<[string, number[]]> {
		const keys = this.data.keys;
		for (let k = this.lowerBound(prefix); k < keys.length; k++) {
			const key = keys.at(k)!;
			if (!key.startsWith(prefix)) return;
			yield [key, this.placesAt(k)];
		}
	}
}
