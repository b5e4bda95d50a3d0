/**
 * Scene dates as the audience reads them ("16 July 2022"), written out by hand rather than with
 * `Intl`, so the server and every browser print the same words whatever their locale.
 */
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

/** `2022-07-16` → `16 July 2022`; `2022-07` → `July 2022`; `2022` → `2022`; anything else as given. */
export function formatSceneDate(iso: string): string {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
	if (!match) return iso;
	const [, year, month, day] = match;
	const monthName = month ? months[Number(month) - 1] : undefined;
	if (month && !monthName) return iso;
	if (!monthName) return year ?? iso;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}
