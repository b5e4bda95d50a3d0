/**
 * The catalog: every briefing under the geodata folder, validated once and then treated as
 * immutable. Broken briefings are kept out of `briefings` and reported in `broken`, so one bad
 * folder never takes the others down.
 */
import type { Briefing, BriefingProblem } from '$lib/briefing/types';

export interface Catalog {
	/** A hash of every file read: changes whenever the data changes; used for ETags. */
	version: string;
	briefings: ReadonlyMap<string, Briefing>;
	/** Briefing id → what is wrong with it. Such briefings are not served. */
	broken: ReadonlyMap<string, BriefingProblem[]>;
}

// Implementation: see loadCatalog/getCatalog (added by the loader).
