/**
 * The `datetime` query parameter and the time spans of dated features. OGC API Features takes
 * an RFC 3339 instant or an interval `start/end` with `..` (or nothing) for an open end. Plain
 * dates (`2022-07-05`) are accepted as the whole UTC day, since the briefing's events are dated
 * by day and a date is what people type.
 */
import { dateInterval, isIsoDate } from '../../briefing/dates';
import { invalidParameter } from './problem';

/** Inclusive milliseconds since the epoch; `null` is an open end. */
export interface TimeInterval {
	start: number | null;
	end: number | null;
}

/** RFC 3339 `date-time`: the day (checked by the date module), the time and the offset. */
const DATE_TIME =
	/^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$/;

/** Reads `datetime`, or returns `null` when absent; a malformed value is a 400. */
export function parseDatetime(search: URLSearchParams): TimeInterval | null {
	const raw = search.get('datetime');
	if (raw === null) return null;
	const parts = raw.split('/');
	if (parts.length === 1) {
		const instant = parseMoment(raw);
		if (!instant) throw notRfc3339(raw);
		return instant;
	}
	if (parts.length !== 2) {
		throw invalidParameter('datetime', `'${raw}' is neither an instant nor an interval start/end`);
	}
	const [startText, endText] = parts as [string, string];
	const open = (text: string) => text === '' || text === '..';
	if (open(startText) && open(endText)) {
		throw invalidParameter('datetime', `'${raw}' leaves both ends of the interval open`);
	}
	const bound = (text: string) => {
		if (open(text)) return null;
		const moment = parseMoment(text);
		if (!moment) throw notRfc3339(text);
		return moment;
	};
	// A date as the end bound reaches to the end of that day.
	const interval = { start: bound(startText)?.start ?? null, end: bound(endText)?.end ?? null };
	if (interval.start !== null && interval.end !== null && interval.start > interval.end) {
		throw invalidParameter('datetime', `the interval '${raw}' ends before it starts`);
	}
	return interval;
}

function notRfc3339(text: string) {
	return invalidParameter(
		'datetime',
		`'${text}' is not an RFC 3339 date-time (e.g. 2022-07-05T00:00:00Z) or date (2022-07-05)`
	);
}

/** An instant as a span: a date-time is a single moment, a date (RFC 3339 `full-date`) its whole day. */
function parseMoment(text: string): TimeInterval | null {
	const dateTime = DATE_TIME.exec(text);
	if (dateTime) {
		const [, day, h, mi, s, fraction, , sign, oh, om] = dateTime;
		const midnight = day !== undefined && isIsoDate(day, 'day') ? dateInterval(day) : null;
		if (!midnight || Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return null;
		if (sign && (Number(oh) > 23 || Number(om) > 59)) return null;
		const offset = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) * 60_000 : 0;
		const ms =
			midnight.start +
			((Number(h) * 60 + Number(mi)) * 60 + Number(s)) * 1000 +
			Math.floor(Number(`0${fraction ?? ''}`) * 1000) -
			offset;
		return { start: ms, end: ms };
	}
	return isIsoDate(text, 'day') ? dateInterval(text) : null;
}

/** Whether two spans share any moment; open ends reach to infinity. */
export function intervalsIntersect(a: TimeInterval, b: TimeInterval): boolean {
	return (
		(a.start ?? -Infinity) <= (b.end ?? Infinity) && (a.end ?? Infinity) >= (b.start ?? -Infinity)
	);
}

/** RFC 3339 text for an extent bound, without a needless `.000`. */
export function formatInstant(ms: number): string {
	return new Date(ms).toISOString().replace('.000Z', 'Z');
}
