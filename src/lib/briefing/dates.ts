/**
 * Calendar dates as briefings write them: ISO 8601 `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Each names
 * a span of whole UTC days — a year, a month or a day — so a date keeps its precision: "July
 * 2022" is not 1 July. Every part of the app that reads, checks, orders or prints such a date
 * does it here, so the schemas, the timeline, the map, the API and the presentation agree on
 * which dates exist (`2022-02-30` does not) and on what they mean.
 *
 * Hand-written rather than `Date.parse`, `Intl` or a date library: those read `2022-02-30` as
 * 2 March, treat a date as an instant in the runtime's time zone, or print in its locale, while
 * these dates are calendar days with a precision that must read the same on the server and in
 * every browser. The arithmetic is a few lines of `Date.UTC`-style day counting.
 */

/** How much of a date is given. */
export type DatePrecision = 'year' | 'month' | 'day';

/** A date that exists, split into its parts; `month` is 1–12. */
export interface CalendarDate {
	year: number;
	month?: number;
	day?: number;
	precision: DatePrecision;
}

const ISO_CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DAY_MS = 86_400_000;

const MONTH_NAMES = [
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
] as const;

/**
 * Days since 1970-01-01 of a UTC midnight, with the month and day rolling over as in
 * `Date.UTC`. Unlike `Date.UTC`, years 0–99 are those years and not 1900–1999: RFC 3339 allows
 * 0000–9999 and API clients ask for `0001-01-01/..` to mean "from the beginning".
 */
function utcDay(year: number, monthIndex: number, day: number): number {
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	return date.getTime() / DAY_MS;
}

function daysInMonth(year: number, month: number): number {
	return utcDay(year, month, 1) - utcDay(year, month - 1, 1);
}

/** The parts of an ISO calendar date, or undefined when the text is not one or the day does not exist. */
export function parseIsoDate(text: string): CalendarDate | undefined {
	const match = ISO_CALENDAR_DATE.exec(text);
	if (!match) return undefined;
	const year = Number(match[1]);
	if (match[2] === undefined) return { year, precision: 'year' };
	const month = Number(match[2]);
	if (month < 1 || month > 12) return undefined;
	if (match[3] === undefined) return { year, month, precision: 'month' };
	const day = Number(match[3]);
	if (day < 1 || day > daysInMonth(year, month)) return undefined;
	return { year, month, day, precision: 'day' };
}

/**
 * Whether `text` is a date that exists, of the given precision (`'any'`: year, month or day).
 * `2022-02-30` has the shape of a day but is not one.
 */
export function isIsoDate(text: string, precision: DatePrecision | 'any' = 'any'): boolean {
	const date = parseIsoDate(text);
	return date !== undefined && (precision === 'any' || date.precision === precision);
}

function parseOrThrow(text: string): CalendarDate {
	const date = parseIsoDate(text);
	if (!date) throw new RangeError(`Not a date (YYYY, YYYY-MM or YYYY-MM-DD): "${text}"`);
	return date;
}

/** The span a date names as day numbers (days since 1970-01-01): `end` is the day after it. */
export function daySpan(text: string): { start: number; end: number } {
	const { year, month, day } = parseOrThrow(text);
	const start = utcDay(year, (month ?? 1) - 1, day ?? 1);
	const end =
		day !== undefined
			? start + 1
			: month !== undefined
				? utcDay(year, month, 1)
				: utcDay(year + 1, 0, 1);
	return { start, end };
}

/**
 * The first day of a date, as days since 1970-01-01 (UTC): whole numbers compare and step the
 * same in every time zone. Throws a RangeError for text that is not a date that exists.
 */
export function dayNumber(text: string): number {
	return daySpan(text).start;
}

/** The day (YYYY-MM-DD) of a day number. */
export function isoDay(day: number): string {
	const date = new Date(day * DAY_MS);
	const pad = (value: number, width: number) => String(value).padStart(width, '0');
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** The UTC midnight that starts a day number, for d3 scales and other `Date` users. */
export function dayToDate(day: number): Date {
	return new Date(day * DAY_MS);
}

/** The day number of a `Date`'s UTC calendar day. */
export function dateToDay(date: Date): number {
	return Math.floor(date.getTime() / DAY_MS);
}

/**
 * Orders dates by when they start; of two that start together the shorter comes first (the
 * day 2022-07-01 before the month 2022-07), so sorting is stable across precisions.
 */
export function compareDates(a: string, b: string): number {
	const [spanA, spanB] = [daySpan(a), daySpan(b)];
	return spanA.start - spanB.start || spanA.end - spanB.end;
}

/** Inclusive milliseconds since the epoch covered by a date, or null when the text is not a date. */
export function dateInterval(text: string): { start: number; end: number } | null {
	if (!parseIsoDate(text)) return null;
	const { start, end } = daySpan(text);
	return { start: start * DAY_MS, end: end * DAY_MS - 1 };
}

/** A month's name, `month` 1–12: "July", or "Jul" in the short form the timeline's axis uses. */
export function monthName(month: number, form: 'long' | 'short' = 'long'): string {
	const name = MONTH_NAMES[month - 1] ?? '';
	return form === 'short' ? name.slice(0, 3) : name;
}

/**
 * A date as readers read it, at its own precision: `2022-07-16` → "16 July 2022",
 * `2022-07` → "July 2022", `2022` → "2022". Text that is not a date is returned as given, so a
 * bad value shows as itself rather than as a wrong date.
 */
export function formatDate(text: string): string {
	const date = parseIsoDate(text);
	if (!date) return text;
	const { year, month, day } = date;
	if (month === undefined) return String(year);
	return day === undefined ? `${monthName(month)} ${year}` : `${day} ${monthName(month)} ${year}`;
}
