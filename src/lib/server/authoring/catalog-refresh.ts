/**
 * Brings one changed briefing into the running server: after a publish or a restore, and when
 * its files change on disk. The catalog's `reloadBriefing` validates it as at start-up, serves a
 * valid version, keeps the last good one (and reports the problems) for a broken change, and
 * drops the cached responses computed from it.
 */
import type { BriefingProblem } from '../../briefing/types';
import { getCatalog, reloadBriefing } from '../catalog';

export type RefreshOutcome =
	| { state: 'served' }
	| { state: 'removed' }
	/** The new files are broken; the previous good version is still served. */
	| { state: 'kept-last-good'; problems: BriefingProblem[] }
	/** Broken and there is no good version: not served, reported like at start-up. */
	| { state: 'broken'; problems: BriefingProblem[] };

export async function refreshBriefing(id: string): Promise<RefreshOutcome> {
	const result = await reloadBriefing(id);
	switch (result.status) {
		case 'reloaded':
			return { state: 'served' };
		case 'removed':
			return { state: 'removed' };
		default:
			return { state: result.status, problems: result.problems };
	}
}

/** Problems of a change on disk that was refused while the last good version is served. */
export async function refusedChange(id: string): Promise<BriefingProblem[] | null> {
	return (await getCatalog()).stale?.get(id) ?? null;
}
