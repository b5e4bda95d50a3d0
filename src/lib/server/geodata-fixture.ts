/**
 * Test fixtures: a throwaway geodata folder holding a copy of the seed briefing, plus broken
 * variants of it, so validation is exercised on real files next to a briefing that must
 * still load.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BriefingEvent, BriefingMeta, PlaceCollection, Platform } from '../briefing/types';
import { BRIEFING_FILES, type BriefingFileKey } from './briefing-files';

/** What each JSON file holds, so edits in tests are type-checked. */
export interface JsonFiles {
	meta: BriefingMeta;
	places: PlaceCollection;
	platforms: Platform[];
	events: BriefingEvent[];
}

export const SEED_ID = 'iran-drones-2022';

/** The repository's own geodata folder. */
export const REPO_GEODATA = fileURLToPath(new URL('../../../geodata', import.meta.url));

export interface GeodataFixture {
	dir: string;
	/** Copies the seed briefing to `briefings/<id>/`, with its `id` set to match the folder. */
	copySeed(id: string): Promise<string>;
	/** Rewrites one JSON file of a briefing through `edit` (which may mutate and return the value). */
	editJson<K extends keyof JsonFiles>(
		id: string,
		key: K,
		edit: (value: JsonFiles[K]) => JsonFiles[K] | void
	): Promise<void>;
	/** Replaces one file of a briefing with raw text or bytes. */
	writeRaw(id: string, key: BriefingFileKey, content: string | Uint8Array): Promise<void>;
	cleanup(): Promise<void>;
}

/** A fresh temp geodata folder with the seed briefing copied in under its own id. */
export async function makeGeodataFixture(): Promise<GeodataFixture> {
	const dir = await mkdtemp(join(tmpdir(), 'briefmap-geodata-'));
	const fileOf = (id: string, key: BriefingFileKey) =>
		join(dir, 'briefings', id, BRIEFING_FILES[key]);
	const fixture: GeodataFixture = {
		dir,
		async copySeed(id) {
			const target = join(dir, 'briefings', id);
			await cp(join(REPO_GEODATA, 'briefings', SEED_ID), target, { recursive: true });
			if (id !== SEED_ID) {
				await fixture.editJson(id, 'meta', (meta) => ({ ...meta, id }));
			}
			return target;
		},
		async editJson(id, key, edit) {
			const value = JSON.parse(await readFile(fileOf(id, key), 'utf8')) as JsonFiles[typeof key];
			const result = edit(value) ?? value;
			await writeFile(fileOf(id, key), `${JSON.stringify(result, null, '\t')}\n`);
		},
		async writeRaw(id, key, content) {
			await writeFile(fileOf(id, key), content);
		},
		cleanup: () => rm(dir, { recursive: true, force: true })
	};
	await fixture.copySeed(SEED_ID);
	return fixture;
}
