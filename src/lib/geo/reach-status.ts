/**
 * Whether a reported range reaches a place at a known distance: plain comparisons, apart from
 * the geodesic maths in ./reach.ts, so the reach list can say it for distances measured
 * elsewhere (on the server for the first view) without loading GeographicLib.
 */
import type { RangeFigure } from '../briefing/types';

export type ReachStatus = 'inside' | 'high-only' | 'outside';

/** How a place at `distanceM` stands against one figure (boundaries count as reached). */
export function reachStatus(
	distanceM: number,
	figure: Pick<RangeFigure, 'lowKm' | 'highKm'>
): ReachStatus {
	if (distanceM <= figure.lowKm * 1000) return 'inside';
	if (distanceM <= figure.highKm * 1000) return 'high-only';
	return 'outside';
}
