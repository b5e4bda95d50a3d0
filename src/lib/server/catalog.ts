/**
 * The catalog: every briefing under the geodata folder, validated once and then treated as
 * immutable. Broken briefings are kept out of `briefings` and reported in `broken`, so one bad
 * folder never takes the others down.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Briefing, BriefingProblem } from '../briefing/types';
import { loadBriefing } from './load-briefing';
import { formatProblem } from './problems';

export interface Catalog {
	/** A hash of every file read: changes whenever the data changes; used for ETags. */
	version: string;
	briefings: ReadonlyMap<string, Briefing>;
	/** Briefing id → what is wrong with it. Such briefings are not served. */
	broken: ReadonlyMap<string, BriefingProblem[]>;
}

/**
 * Loads and validates every folder in `<geodataDir>/briefings/` (hidden folders are skipped).
 * Bad data never throws: it lands in `broken`. Throws only when the briefings folder itself
 * cannot be listed, because then the configuration, not the data, is wrong.
 */
export async function loadCatalog(geodataDir: string): Promise<Catalog> {
	const briefingsDir = join(geodataDir, 'briefings');
	let entries;
	try {
		entries = await readdir(briefingsDir, { withFileTypes: true });
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
		throw new Error(`cannot list the briefings folder ${briefingsDir} (${code})`, { cause: error });
	}
	const ids = entries
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
		.map((entry) => entry.name)
		.sort();
	const loads = await Promise.all(ids.map((id) => loadBriefing(geodataDir, id)));

	const hash = createHash('sha256');
	const briefings = new Map<string, Briefing>();
	const broken = new Map<string, BriefingProblem[]>();
	loads.forEach((load, i) => {
		const id = ids[i] ?? '';
		hash.update(`briefing\0${id}\0`);
		for (const { file, bytes } of load.files) {
			hash.update(`${file}\0${bytes.length}\0`);
			hash.update(bytes);
		}
		if (load.ok) briefings.set(id, load.briefing);
		else broken.set(id, load.problems);
	});
	return { version: hash.digest('hex').slice(0, 16), briefings, broken };
}

let pending: Promise<Catalog> | undefined;

/**
 * The catalog for this server process, loaded on first use and then shared, so every request
 * sees the same data and version. The folder is `GEODATA_DIR` or `<cwd>/geodata`. Broken
 * briefings are logged once; a failed load is retried on the next call. Files are not watched:
 * edits take effect when the server restarts (see `catalog-faults.spec.ts` for why).
 */
export function getCatalog(): Promise<Catalog> {
	pending ??= loadCatalog(resolve(process.env.GEODATA_DIR || join(process.cwd(), 'geodata'))).then(
		(catalog) => {
			for (const problems of catalog.broken.values()) {
				for (const problem of problems) console.error(`geodata: ${formatProblem(problem)}`);
			}
			return catalog;
		},
		(error: unknown) => {
			pending = undefined;
			throw error;
		}
	);
	return pending;
}
