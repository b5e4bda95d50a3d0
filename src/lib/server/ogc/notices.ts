/**
 * Notices for briefings that are not served, or are served from their last valid version
 * because their files broke after a reload. The landing page, the collection list and the
 * briefing list carry them so a broken folder is visible from any entry point, not only when
 * someone happens to request it.
 */
import type { BriefingProblem } from '../../briefing/types';
import type { Catalog } from '../catalog';

export interface UnavailableNotice {
	briefingId: string;
	status: 'unavailable' | 'stale';
	detail: string;
	problems: BriefingProblem[];
}

export function unavailableNotices(catalog: Catalog): UnavailableNotice[] {
	return [...catalog.broken].map(([briefingId, problems]) => ({
		briefingId,
		status: 'unavailable',
		detail: `Briefing ${briefingId} is not served: its files failed validation (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}).`,
		problems
	}));
}

/** Briefings still served from their last valid version: their current files have problems. */
export function staleNotices(catalog: Catalog): UnavailableNotice[] {
	return [...(catalog.stale ?? [])].map(([briefingId, problems]) => ({
		briefingId,
		status: 'stale',
		detail: `Briefing ${briefingId} is served from its last valid version: its files have changed and now fail validation (${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}).`,
		problems
	}));
}
