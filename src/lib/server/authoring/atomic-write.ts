/**
 * Writes that never leave a half-written file: the bytes go to a temporary file in the same
 * folder, are flushed to disk (fsync), and only then renamed over the old file; the folder is
 * synced so the rename itself survives a power cut. A crash at any point leaves either the old
 * file or the new one.
 *
 * Written here rather than taken from `write-file-atomic` because publishing swaps whole
 * folders with the same steps (see `briefing-folders.ts`) and the tests need one seam between
 * writing and renaming to inject a crash.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Test seam: called after the temporary file is on disk and before the rename. */
export const writeFaults: { beforeRename?: (target: string) => void | Promise<void> } = {};

/** Flushes a folder's entries (new names, renames) to disk. */
export async function syncFolder(folder: string): Promise<void> {
	const handle = await open(folder, 'r');
	try {
		await handle.sync();
	} finally {
		await handle.close();
	}
}

/** Writes `data` to a new file and flushes it; fails if the file exists. */
export async function writeDurably(path: string, data: string | Uint8Array): Promise<void> {
	const handle = await open(path, 'wx');
	try {
		await handle.writeFile(data);
		await handle.sync();
	} finally {
		await handle.close();
	}
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
	const folder = dirname(path);
	const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		await writeDurably(temporary, data);
		await writeFaults.beforeRename?.(path);
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { force: true });
		throw error;
	}
	await syncFolder(folder);
}
