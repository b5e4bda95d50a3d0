/**
 * Publishing a draft, keeping every earlier version, and restoring one.
 *
 * A briefing folder is replaced whole, never file by file: the new files are written and
 * flushed in a hidden staging folder beside it (`briefings/.staging-<id>-…`, which the catalog
 * skips), the current folder is moved into `history/<id>/<time>/`, and the staging folder is
 * renamed into place. A crash before the first rename leaves the old version served; a crash
 * between the two renames is finished by `recoverPublishing` at the next start.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BriefingProblem } from '../../briefing/types';
import { draftToFiles } from '../../authoring/draft-files';
import { BRIEFING_FILES, type BriefingFileKey } from '../briefing-files';
import { syncFolder, writeDurably, writeFaults } from './atomic-write';
import {
	briefingFolder,
	checkDraft,
	exists,
	readCurrentDraft,
	assertBriefingId
} from './draft-store';
import { withIdLock } from './id-lock';
import { AuthoringError } from './problem';

/** Written last into a staging folder: its files are all on disk. */
const STAGED_MARKER = '.staged';

/** History folders are named by UTC time: `2026-11-30T16-40-05-123Z`. */
const VERSION_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(?:-\d+)?$/;

function historyFolder(root: string, id: string): string {
	assertBriefingId(id);
	return join(root, 'history', id);
}

async function newVersionName(folder: string): Promise<string> {
	const base = new Date().toISOString().replace(/[:.]/g, '-');
	let name = base;
	for (let n = 2; await exists(join(folder, name)); n++) name = `${base}-${n}`;
	return name;
}

/** Swaps `staging` in as the briefing's folder, moving the current one into history. */
async function swapIn(root: string, id: string, staging: string): Promise<string | undefined> {
	const target = briefingFolder(root, id);
	await writeFaults.beforeRename?.(target);
	let archived: string | undefined;
	if (await exists(target)) {
		const history = historyFolder(root, id);
		await mkdir(history, { recursive: true });
		archived = await newVersionName(history);
		await rename(target, join(history, archived));
		await syncFolder(history);
	}
	await rename(staging, target);
	await syncFolder(join(root, 'briefings'));
	return archived;
}

/** Flushes a staging folder and marks it complete, so recovery knows it may be moved in. */
async function sealStaging(staging: string): Promise<void> {
	await writeDurably(join(staging, STAGED_MARKER), '');
	await syncFolder(staging);
}

async function stagingFolder(root: string, id: string): Promise<string> {
	const folder = join(root, 'briefings', `.staging-${id}-${randomBytes(4).toString('hex')}`);
	await mkdir(folder, { recursive: true });
	return folder;
}

export type PublishResult =
	{ published: true; archived?: string } | { published: false; problems: BriefingProblem[] };

/**
 * Publishes the draft if it is the version the editor saw (`If-Match`) and passes the checks;
 * otherwise nothing changes and the problems come back.
 */
export function publishDraft(
	root: string,
	id: string,
	ifMatch: string | null
): Promise<PublishResult> {
	return withIdLock(id, async () => {
		const stored = await readCurrentDraft(root, id, ifMatch);
		const problems = await checkDraft(root, id);
		if (problems.length > 0) return { published: false, problems };
		const files = draftToFiles(stored.draft);
		const staging = await stagingFolder(root, id);
		try {
			for (const key of Object.keys(BRIEFING_FILES) as BriefingFileKey[]) {
				await writeDurably(join(staging, BRIEFING_FILES[key]), files[key]);
			}
			await sealStaging(staging);
			const archived = await swapIn(root, id, staging);
			return { published: true, archived };
		} catch (error) {
			await rm(staging, { recursive: true, force: true });
			throw error;
		}
	});
}

/** Earlier published versions of a briefing, newest first. */
export async function listHistory(root: string, id: string): Promise<string[]> {
	const folder = historyFolder(root, id);
	const names = await readdir(folder).catch(() => [] as string[]);
	return names
		.filter((name) => VERSION_PATTERN.test(name))
		.sort()
		.reverse();
}

/** Makes an earlier version the published one; the current one goes into history in turn. */
export function restoreVersion(
	root: string,
	id: string,
	version: string
): Promise<{ archived?: string }> {
	return withIdLock(id, async () => {
		if (!VERSION_PATTERN.test(version) || !(await exists(join(historyFolder(root, id), version)))) {
			throw new AuthoringError({
				status: 404,
				title: 'Not found',
				detail: `Briefing "${id}" has no earlier version "${version.slice(0, 80)}".`,
				field: 'version'
			});
		}
		const source = join(historyFolder(root, id), version);
		const staging = await stagingFolder(root, id);
		try {
			for (const file of Object.values(BRIEFING_FILES)) {
				await copyFile(join(source, file), join(staging, file));
			}
			await sealStaging(staging);
			return { archived: await swapIn(root, id, staging) };
		} catch (error) {
			await rm(staging, { recursive: true, force: true });
			throw error;
		}
	});
}

/**
 * Finishes or discards publishes a crash interrupted: a complete staging folder whose briefing
 * folder is missing (crash between the two renames) is moved into place; any other staging
 * folder is an unfinished write and is removed. Returns the ids moved into place.
 */
export async function recoverPublishing(root: string): Promise<string[]> {
	const folder = join(root, 'briefings');
	const names = await readdir(folder).catch(() => [] as string[]);
	const recovered: string[] = [];
	for (const name of names) {
		const match = /^\.staging-([a-z0-9-]+)-[0-9a-f]{8}$/.exec(name);
		if (!match) continue;
		const id = match[1] as string;
		const staging = join(folder, name);
		const complete = await exists(join(staging, STAGED_MARKER));
		if (complete && !(await exists(join(folder, id)))) {
			await rename(staging, join(folder, id));
			recovered.push(id);
		} else {
			await rm(staging, { recursive: true, force: true });
		}
	}
	if (recovered.length > 0) await syncFolder(folder);
	return recovered;
}
