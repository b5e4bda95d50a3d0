/**
 * Dates with chrono-node, read relative to the article's own date when it is given ("on Friday"
 * in an article of 2018-03-31 is 2018-03-30). A time without a date ("2:36 pm") is not a date.
 */
import * as chrono from 'chrono-node';
import type { GeoparsedDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The article date as a reference at noon UTC, so no time zone moves it to another day. */
export function referenceDate(date: string | undefined): Date | undefined {
	const m = date ? ISO_DATE.exec(date) : null;
	if (!m) return undefined;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
	return Number.isNaN(d.getTime()) || d.getUTCDate() !== Number(m[3]) ? undefined : d;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function findDates(text: string, date?: string): GeoparsedDate[] {
	const reference = referenceDate(date);
	const results = chrono.parse(text, reference ? { instant: reference, timezone: 0 } : undefined);
	const dates: GeoparsedDate[] = [];
	for (const r of results) {
		const s = r.start;
		const stated = ['day', 'weekday', 'month', 'year'].some((c) =>
			s.isCertain(c as chrono.Component)
		);
		if (!stated) continue;
		const precision =
			s.isCertain('day') || s.isCertain('weekday')
				? 'day'
				: s.isCertain('month')
					? 'month'
					: 'year';
		const year = s.get('year') ?? 0;
		const month = s.get('month') ?? 1;
		const day = precision === 'day' ? (s.get('day') ?? 1) : 1;
		dates.push({
			start: r.index,
			end: r.index + r.text.length,
			text: r.text,
			date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`,
			precision
		});
	}
	return dates;
}
