import { describe, expect, it } from 'vitest';
import { assembleGazetteer, type GazetteerEntry } from '../../src/lib/geoparse/assemble.ts';
import { createGazetteer } from '../../src/lib/geoparse/gazetteer.ts';
import { decodeGazetteerIndex } from '../../src/lib/server/gazetteer-file.ts';
import { encodeGazetteerIndex } from './index-file.ts';

// Enough places that every column goes to a section of its own, with names outside Latin-1.
const NAMES = ['Łódź', 'Zürich', 'Kāshān', 'Springfield', 'Paris', 'Mobile'];
const entries: GazetteerEntry[] = Array.from({ length: 900 }, (_, i) => ({
	name: `${NAMES[i % NAMES.length]} ${i}`,
	aliases: i % 3 === 0 ? [`Old ${NAMES[i % NAMES.length]} ${i}`] : [],
	kind: i % 10 === 0 ? 'airport' : 'city',
	lat: -89 + (i % 178) + 0.12345,
	lon: -179 + (i % 358) + 0.54321,
	country: ['US', 'PL', 'CH', 'IR'][i % 4]!,
	admin1: String(i % 50),
	population: i * 1000,
	featureCode: i % 10 === 0 ? 'small_airport' : 'PPL',
	source: 'test',
	id: String(100000 + i)
}));
const data = assembleGazetteer(
	entries,
	[{ key: 'test', attribution: 'Test places' }],
	['mobile'],
	'2026-01-01T00:00:00Z'
);

describe('the gazetteer index file', () => {
	it('reads back every column and name table as written', () => {
		const read = createGazetteer(decodeGazetteerIndex(encodeGazetteerIndex(data)));
		const p = read.data.places;
		for (const i of [0, 1, 2, 449, 899]) {
			expect(p.name.at(i)).toBe(entries[i]!.name);
			expect(p.id.at(i)).toBe(entries[i]!.id);
			expect(p.lat[i]).toBe(entries[i]!.lat);
			expect(p.lon[i]).toBe(entries[i]!.lon);
			expect(p.country[i]).toBe(entries[i]!.country);
			expect(p.admin1[i]).toBe(entries[i]!.admin1);
			expect(p.population[i]).toBe(entries[i]!.population);
			expect(p.featureCode[i]).toBe(entries[i]!.featureCode);
		}
		expect(read.byName.get('łodz 6')).toEqual([6]);
		expect(read.byName.get('old kashan 2')).toBeUndefined();
		expect(read.byName.get('old kashan 3')).toBeUndefined();
		expect(read.byName.get('old springfield 3')).toEqual([3]);
		expect(read.byFacilityBase.get('łodz 0')).toEqual([0]);
		expect(read.byCode.get('100010')).toEqual([10]);
		expect(read.englishWords.has('mobile')).toBe(true);
		expect([...read.byName.withPrefix('zurich 10')].map(([k]) => k)).toEqual([
			'zurich 103',
			'zurich 109'
		]);
	});

	it('refuses a file that is not an index, or is cut short', () => {
		const bytes = encodeGazetteerIndex(data);
		expect(() => decodeGazetteerIndex(Buffer.from('{"format":1}'))).toThrow(
			'not a gazetteer index'
		);
		expect(() => decodeGazetteerIndex(bytes.subarray(0, bytes.byteLength - 100))).toThrow(
			/past the end/
		);
	});
});
