/**
 * Picks up briefings changed on disk by hand (or by another process): watches the briefings
 * folder and refreshes the one briefing whose files changed, validated as at start-up. A broken
 * change is reported and the last good version stays served (see `catalog-refresh.ts`).
 */
import { watch, type FSWatcher } from 'chokidar';
import { join, relative, sep } from 'node:path';
import { refreshBriefing } from './catalog-refresh';

/** Editors save in bursts (temporary file, rename): wait for the burst to end. */
const SETTLE_MS = 250;

const WATCH_KEY = Symbol.for('briefmap.geodata-watch');

/** Starts watching once per process; returns the watcher. */
export function watchBriefings(root: string): FSWatcher {
	const registry = globalThis as typeof globalThis & { [WATCH_KEY]?: FSWatcher };
	if (registry[WATCH_KEY]) return registry[WATCH_KEY];
	const folder = join(root, 'briefings');
	const timers = new Map<string, ReturnType<typeof setTimeout>>();
	const watcher = watch(folder, {
		// A server stays up through its socket; a script that imports the app (the site export)
		// must still end when its work is done.
		persistent: false,
		ignoreInitial: true,
		depth: 1,
		// Staging folders and temporary files are the server's own writes in progress.
		ignored: (path) =>
			relative(folder, path)
				.split(sep)
				.some((part) => part.startsWith('.'))
	});
	watcher.on('all', (_event, path) => {
		const id = relative(folder, path).split(sep)[0];
		if (!id) return;
		clearTimeout(timers.get(id));
		timers.set(
			id,
			setTimeout(() => {
				timers.delete(id);
				refreshBriefing(id).catch((error: unknown) =>
					console.error(`geodata: cannot reload ${id}: ${String(error)}`)
				);
			}, SETTLE_MS)
		);
	});
	registry[WATCH_KEY] = watcher;
	return watcher;
}
