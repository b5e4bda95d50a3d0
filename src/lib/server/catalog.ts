/**
 * The catalog: every briefing under the geodata folder, validated and then treated as
 * immutable. Broken briefings are kept out of `briefings` and reported in `broken`, so one bad
 * folder never takes the others down. One briefing can be reloaded while the server runs
 * (`reloadBriefing`): that makes a new catalog object and drops the briefing's cached responses.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Briefing, BriefingProblem } from '../briefing/types';
import { loadBriefing, type FileRead } from './load-briefing';
import { formatProblem } from './problems';
import { responseCache } from './response-cache';

export interface Catalog {
	/** A hash of every file read: changes whenever the data changes; used for ETags. */
	version: string;
	briefings: ReadonlyMap<string, Briefing>;
	/** Briefing id → what is wrong with it. Such briefings are not served. */
	broken: ReadonlyMap<string, BriefingProblem[]>;
	/**
	 * Briefing id → what is wrong with its files since a reload. Such briefings are still served,
	 * from their last version that was valid.
	 */
	stale?: ReadonlyMap<string, BriefingProblem[]>;
}

/** A digest of the files of one briefing. */
function digestFiles(id: string, files: readonly FileRead[]): string {
	const hash = createHash('sha256');
	hash.update(`briefing\0${id}\0`);
	for (const { file, bytes } of files) {
		hash.update(`${file}\0${bytes.length}\0`);
		hash.update(bytes);
	}
	return hash.digest('hex');
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
		hash.update(digestFiles(id, load.files));
		if (load.ok) briefings.set(id, load.briefing);
		else broken.set(id, load.problems);
	});
	return { version: hash.digest('hex').slice(0, 16), briefings, broken, stale: new Map() };
}

/** What reloading one briefing did. */
export type BriefingReload =
	/** The files are valid: the new version is served. */
	| { status: 'reloaded'; catalog: Catalog }
	/** The files have problems; the last valid version is still served, and they are reported. */
	| { status: 'kept-last-good'; problems: BriefingProblem[]; catalog: Catalog }
	/** The files have problems and there is no valid version to serve: reported as broken. */
	| { status: 'broken'; problems: BriefingProblem[]; catalog: Catalog }
	/** The folder is gone: the briefing is no longer served. */
	| { status: 'removed'; catalog: Catalog };

/**
 * A new catalog with briefing `id` re-read from `geodataDir` and validated as at start-up. A
 * briefing whose new files are invalid keeps its last valid version (listed in `stale`); one that
 * never had a valid version is `broken`; one whose folder is gone is dropped.
 */
export async function reloadInCatalog(
	catalog: Catalog,
	geodataDir: string,
	id: string
): Promise<BriefingReload> {
	const briefings = new Map(catalog.briefings);
	const broken = new Map(catalog.broken);
	const stale = new Map(catalog.stale ?? []);
	const next = (files: readonly FileRead[]): Catalog => ({
		version: createHash('sha256')
			.update(`${catalog.version}\0${digestFiles(id, files)}`)
			.digest('hex')
			.slice(0, 16),
		briefings,
		broken,
		stale
	});
	if (!(await isFolder(join(geodataDir, 'briefings', id)))) {
		briefings.delete(id);
		broken.delete(id);
		stale.delete(id);
		return { status: 'removed', catalog: next([]) };
	}
	const load = await loadBriefing(geodataDir, id);
	if (load.ok) {
		briefings.set(id, load.briefing);
		broken.delete(id);
		stale.delete(id);
		return { status: 'reloaded', catalog: next(load.files) };
	}
	if (briefings.has(id)) {
		stale.set(id, load.problems);
		return { status: 'kept-last-good', problems: load.problems, catalog: next(load.files) };
	}
	broken.set(id, load.problems);
	return { status: 'broken', problems: load.problems, catalog: next(load.files) };
}

async function isFolder(path: string): Promise<boolean> {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		return false;
	}
}

let pending: Promise<Catalog> | undefined;

function geodataDir(): string {
	return resolve(process.env.GEODATA_DIR || join(process.cwd(), 'geodata'));
}

/**
 * The catalog for this server process, loaded on first use and then shared, so every request
 * sees the same data and version. The folder is `GEODATA_DIR` or `<cwd>/geodata`. Broken
 * briefings are logged once; a failed load is retried on the next call. Files are not watched
 * (see `catalog-faults.spec.ts` for why): whatever writes a briefing calls `reloadBriefing`.
 */
export function getCatalog(): Promise<Catalog> {
	pending ??= loadCatalog(geodataDir()).then(
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

/**
 * Re-reads briefing `id` for this server process, validates it as at start-up, and serves the
 * result from the next request on: call after writing the briefing's files. Invalid files are
 * reported (logged, and returned) while the last valid version stays served. The cached
 * responses computed from the briefing are dropped, so none of them outlives the change.
 * Reloads run one after the other.
 */
export async function reloadBriefing(id: string): Promise<BriefingReload> {
	const reload = getCatalog().then((catalog) => reloadInCatalog(catalog, geodataDir(), id));
	pending = reload.then(
		(result) => result.catalog,
		() => getCatalogAfterFailure()
	);
	const result = await reload;
	responseCache().invalidateBriefing(id);
	if (result.status === 'kept-last-good' || result.status === 'broken') {
		const served =
			result.status === 'kept-last-good'
				? 'its last valid version is still served'
				: 'it is not served';
		for (const problem of result.problems) {
			console.error(`geodata: ${formatProblem(problem)} (reloaded; ${served})`);
		}
	}
	return result;
}

/** After a reload that threw (the catalog itself could not be loaded), start over on next use. */
function getCatalogAfterFailure(): Promise<Catalog> {
	pending = undefined;
	return getCatalog();
}
