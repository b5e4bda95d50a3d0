/**
 * The words the reach list uses for one place against one range figure. A reported range is a
 * round number ("~200 km"), so a place a few hundred metres beyond it is not meaningfully out of
 * reach: Tehran is 200.09 km from Kashan Airfield, 89 m past the control radius. Within 1% of a
 * figure the list says "at the edge" instead of a flat inside or outside.
 */
import type { RangeFigure } from './types';
import { reachStatus, type ReachStatus } from '../geo/reach-status';

/** How close to a figure, as a share of it, counts as its edge. */
export const EDGE_TOLERANCE = 0.01;

export type ReachVerdict = { status: ReachStatus | 'edge'; edgeKm?: number; text: string };

const words: Record<ReachStatus, string> = {
	inside: 'inside',
	'high-only': 'only at the high figure',
	outside: 'outside'
};

export function reachVerdict(
	distanceM: number,
	figure: Pick<RangeFigure, 'lowKm' | 'highKm'>
): ReachVerdict {
	const km = distanceM / 1000;
	for (const edgeKm of new Set([figure.lowKm, figure.highKm])) {
		if (Math.abs(km - edgeKm) <= edgeKm * EDGE_TOLERANCE) {
			return {
				status: 'edge',
				edgeKm,
				text: `at the edge (~${edgeKm.toLocaleString('en-US')} km)`
			};
		}
	}
	const status = reachStatus(distanceM, figure);
	return { status, text: words[status] };
}
