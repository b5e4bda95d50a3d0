import { describe, expect, it } from 'vitest';
import { dateInterval } from '../../briefing/dates';
import { formatInstant, intervalsIntersect, parseDatetime } from './datetime';
import { ApiProblem } from './problem';

const parse = (datetime: string) => parseDatetime(new URLSearchParams({ datetime }));
const ms = Date.parse;

function detailOf(datetime: string): string {
	try {
		parse(datetime);
	} catch (error) {
		if (error instanceof ApiProblem && error.details.parameter === 'datetime') {
			return error.details.detail;
		}
		throw error;
	}
	throw new Error(`datetime=${datetime} was accepted`);
}

describe('parseDatetime', () => {
	it('is null when absent', () => {
		expect(parseDatetime(new URLSearchParams())).toBeNull();
	});

	it('reads an instant as a single moment, honouring the offset', () => {
		expect(parse('2022-07-05T10:00:00Z')).toEqual({
			start: ms('2022-07-05T10:00:00Z'),
			end: ms('2022-07-05T10:00:00Z')
		});
		expect(parse('2022-07-05T12:30:00+02:30')?.start).toBe(ms('2022-07-05T10:00:00Z'));
		expect(parse('2022-07-05T10:00:00.250Z')?.start).toBe(ms('2022-07-05T10:00:00.250Z'));
	});

	it('reads a date as its whole UTC day', () => {
		expect(parse('2022-07-05')).toEqual({
			start: ms('2022-07-05T00:00:00Z'),
			end: ms('2022-07-06T00:00:00Z') - 1
		});
	});

	it('reads intervals with open ends written as .. or nothing', () => {
		expect(parse('2022-07-01/..')).toEqual({ start: ms('2022-07-01T00:00:00Z'), end: null });
		expect(parse('/2022-07-01')).toEqual({ start: null, end: ms('2022-07-02T00:00:00Z') - 1 });
		expect(parse('2022-06-01T00:00:00Z/2022-06-30T00:00:00Z')).toEqual({
			start: ms('2022-06-01T00:00:00Z'),
			end: ms('2022-06-30T00:00:00Z')
		});
	});

	it('reads years 0000–0099 as themselves, not as 1900–1999', () => {
		expect(parse('0001-01-01T00:00:00Z/..')?.start).toBe(ms('0001-01-01T00:00:00Z'));
		expect(parse('0099-12-31')?.end).toBe(ms('0100-01-01T00:00:00Z') - 1);
	});

	it.each([
		['yesterday', "'yesterday' is not an RFC 3339"],
		['2022-02-30', "'2022-02-30' is not"],
		['2022-07-05T25:00:00Z', 'is not an RFC 3339'],
		['2022-07-05T10:00:00', 'is not an RFC 3339'],
		['../..', 'both ends'],
		['/', 'both ends'],
		['2022-07-05/2022-07-01', 'ends before it starts'],
		['2022/07/05', 'neither an instant nor an interval']
	])('refuses datetime=%s', (datetime, reason) => {
		expect(detailOf(datetime)).toContain(reason);
	});
});

describe('intervalsIntersect', () => {
	const day = dateInterval('2022-07-05')!;

	it('matches an instant inside the day and its last millisecond', () => {
		expect(intervalsIntersect(day, parse('2022-07-05T23:59:59.999Z')!)).toBe(true);
		expect(intervalsIntersect(day, parse('2022-07-06T00:00:00Z')!)).toBe(false);
	});

	it('treats open ends as unbounded', () => {
		expect(intervalsIntersect(day, { start: null, end: ms('2022-07-05T00:00:00Z') })).toBe(true);
		expect(intervalsIntersect(day, { start: ms('2022-07-06T00:00:00Z'), end: null })).toBe(false);
	});
});

describe('formatInstant', () => {
	it('drops empty milliseconds', () => {
		expect(formatInstant(ms('2022-07-05T00:00:00Z'))).toBe('2022-07-05T00:00:00Z');
	});
});
