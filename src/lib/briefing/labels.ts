/** Words the UI uses for enumerations in the data model: one place to keep them consistent. */
import type { MentionSense, PlaceKind, RangeKind } from './types';

export const placeKindLabel: Record<PlaceKind, string> = {
	airfield: 'Airfield',
	city: 'City',
	capital: 'Capital city',
	country: 'Country'
};

export const mentionSenseLabel: Record<MentionSense, string> = {
	place: 'the place itself',
	government: 'its government'
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

/** "8 June 2022" from "2022-06-08"; month or year precision is kept as given. */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	if (!year) return iso;
	const months = [
		'January',
		'February',
		'March',
		'April',
		'May',
		'June',
		'July',
		'August',
		'September',
		'October',
		'November',
		'December'
	];
	const monthName = month ? months[month - 1] : undefined;
	if (!monthName) return String(year);
	return day ? `${day} ${monthName} ${year}` : `${monthName} ${year}`;
}
