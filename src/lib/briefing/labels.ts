/** Words the UI uses for enumerations in the data model: one place to keep them consistent. */
import type { MentionSense, PlaceKind, RangeKind } from './types';

export const placeKindLabel: Record<PlaceKind, string> = {
	airfield: 'Airfield',
	city: 'City',
	capital: 'Capital city',
	country: 'Country',
	region: 'Region'
};

export const mentionSenseLabel: Record<MentionSense, string> = {
	place: 'the place itself',
	government: 'its government',
	people: 'its people'
};

export const rangeKindLabel: Record<RangeKind, string> = {
	'one-way-range': 'one-way range',
	'range-unstated': 'range (kind unstated)',
	'combat-radius': 'combat radius',
	'control-radius': 'control radius'
};

/** "1,700 km" or "1,700–1,800 km". */
export function formatKmRange(lowKm: number, highKm: number): string {
	const format = (km: number) => km.toLocaleString('en-US');
	return lowKm === highKm ? `${format(lowKm)} km` : `${format(lowKm)}–${format(highKm)} km`;
}
