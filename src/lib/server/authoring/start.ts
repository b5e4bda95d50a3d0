/**
 * Server start-up for editing and for hand edits: finishes any publish a crash interrupted,
 * then watches the briefings folder so changed files reach the running server.
 */
import { recoverPublishing } from './publishing';
import { watchBriefings } from './disk-watch';
import { geodataDir } from './geodata-dir';

export async function startAuthoring(): Promise<void> {
	const root = geodataDir();
	const recovered = await recoverPublishing(root).catch((error: unknown) => {
		console.error(`geodata: cannot check for interrupted publishes: ${String(error)}`);
		return [] as string[];
	});
	// Runs before the catalog is first read, so the recovered folders load with the others.
	for (const id of recovered) console.error(`geodata: finished publishing ${id} after a crash`);
	if (process.env.GEODATA_WATCH !== 'off') watchBriefings(root);
}
