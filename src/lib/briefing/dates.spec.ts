import { describe, expect, it } from 'vitest';
import {
	compareDates,
	dateInterval,
	dayNumber,
	daySpan,
	formatDate,
	isIsoDate,
	isoDay,
	monthName,
	parseIsoDate
} from './dates';

const ms = (text: string) => Date.parse(text);

describe('parseIsoDate', () => {
	it('reads a year, a month and a day with their precision', () => {
		expect(parseIsoDate('2022')).toEqual({ year: 2022, precision: 'year' });
		expect(parseIsoDate('2022-07')).toEqual({ year: 2022, month: 7, precision: 'month' });
		expect(parseIsoDate('2022-07-05')).toEqual({ year: 2022, month: 7, day: 5, precision: 'day' });
	});
	it('rejects days and months that do not exist', () => {
		for (const text of [
			'2022-02-30',
			'2022-02-29',
			'2022-04-31',
			'2022-13',
			'2022-00',
			'2022-07-00'
		])
			expect(parseIsoDate(text), text).toBeUndefined();
		expect(parseIsoDate('2024-02-29')?.day).toBe(29);
	});
	it('rejects other spellings of a date', () => {
		for (const text of ['15 July 2022', '2022-7-5', '2022/07/05', '2022-07-05T00:00:00Z', ' 2022'])
			expect(parseIsoDate(text), text).toBeUndefined();
	});
});

describe('isIsoDate', () => {
	it('accepts any precision by default', () => {
		expect(['2022', '2022-07', '2022-07-05'].every((text) => isIsoDate(text))).toBe(true);
	});
	it('holds a date to the precision asked for', () => {
		expect(isIsoDate('2022-07-05', 'day')).toBe(true);
		expect(isIsoDate('2022-07', 'day')).toBe(false);
		expect(isIsoDate('2022-02-30', 'day')).toBe(false);
	});
});

describe('day numbers', () => {
	it('count whole UTC days from 1970 and round-trip', () => {
		expect(dayNumber('1970-01-02')).toBe(1);
		expect(isoDay(dayNumber('2022-07-05'))).toBe('2022-07-05');
	});
	it('give a month or a year as the span of its days', () => {
		expect(daySpan('2022-02')).toEqual({
			start: dayNumber('2022-02-01'),
			end: dayNumber('2022-03-01')
		});
		expect(daySpan('2022').end - daySpan('2022').start).toBe(365);
	});
	it('keep years before 100 as those years', () => {
		expect(isoDay(dayNumber('0050-03-01'))).toBe('0050-03-01');
	});
	it('throw for what is not a date', () => {
		expect(() => dayNumber('2022-02-30')).toThrow(RangeError);
		expect(() => dayNumber('July 5')).toThrow(RangeError);
	});
});

describe('compareDates', () => {
	it('orders by start, the shorter span first', () => {
		const sorted = ['2022-07-16', '2022-07', '2015', '2022-07-01'].sort(compareDates);
		expect(sorted).toEqual(['2015', '2022-07-01', '2022-07', '2022-07-16']);
	});
});

describe('dateInterval', () => {
	it('covers the whole day, month or year, inclusive', () => {
		expect(dateInterval('2022-07-05')).toEqual({
			start: ms('2022-07-05T00:00:00Z'),
			end: ms('2022-07-06T00:00:00Z') - 1
		});
		expect(dateInterval('2022-02')?.end).toBe(ms('2022-03-01T00:00:00Z') - 1);
		expect(dateInterval('2022')?.end).toBe(ms('2023-01-01T00:00:00Z') - 1);
		expect(dateInterval('0050')?.end).toBe(ms('0051-01-01T00:00:00Z') - 1);
	});
	it('is null for text that is not a date', () => {
		expect(dateInterval('July 2022')).toBeNull();
		expect(dateInterval('2022-13')).toBeNull();
	});
});

describe('formatDate', () => {
	it('writes a date out at its precision', () => {
		expect(formatDate('2022-07-05')).toBe('5 July 2022');
		expect(formatDate('2022-07')).toBe('July 2022');
		expect(formatDate('2015')).toBe('2015');
	});
	it('returns text that is not a date as given, never a wrong date', () => {
		expect(formatDate('2022-02-30')).toBe('2022-02-30');
		expect(formatDate('2022-13-01')).toBe('2022-13-01');
		expect(formatDate('mid-July')).toBe('mid-July');
	});
	it('names months in the long and the axis form', () => {
		expect(monthName(9)).toBe('September');
		expect(monthName(9, 'short')).toBe('Sep');
	});
});
