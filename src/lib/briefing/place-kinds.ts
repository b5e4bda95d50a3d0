/** Rules that follow from a place's kind, kept here so the map, lists and tools agree. */
import type { PlaceKind } from './types';

/**
 * Countries and regions are areas: their point is only where the name is written, so they get
 * a label and no dot, and they cannot be a launch point or an end of a measurement.
 */
export function isAreaLabel(kind: PlaceKind): boolean {
	return kind === 'country' || kind === 'region';
}
