import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import {
	axisTicks,
	chooseSpans,
	cursorSteps,
	estimateLabelWidth,
	layoutSegments,
	placeLabels,
	segmentOf,
	segmentX,
	shortDateLabel,
	stepIndex,
	xOf
} from './timeline';
import { dayNumber, isoDay } from './dates';

/** The seed briefing's event dates (FACTS.md, "Dated events"): 2015 to July 2022. */
const seedDates = [
	'2015-07-14',
	'2018-05-08',
	'2022-02-24',
	'2022-06-08',
	'2022-07-05',
	'2022-07-11',
	'2022-07-15',
	'2022-07-16',
	'2022-07-19'
];

describe('chooseSpans', () => {
	it('focuses the seed on June–July 2022 with the years before as context', () => {
		expect(chooseSpans(seedDates)).toEqual([
			{ kind: 'context', start: dayNumber('2015-01-01'), end: dayNumber('2022-06-01') },
			{ kind: 'focus', start: dayNumber('2022-06-01'), end: dayNumber('2022-08-01') }
		]);
	});
	it('does not break an axis whose events are all close together', () => {
		expect(chooseSpans(['2022-07-05', '2022-06-08', '2022-07-19'])).toEqual([
			{ kind: 'focus', start: dayNumber('2022-06-01'), end: dayNumber('2022-08-01') }
		]);
	});
	it('adds context after the focus when later events are sparse', () => {
		const spans = chooseSpans(['2020-03-01', '2020-03-05', '2020-03-20', '2023-09-01']);
		expect(spans.map((span) => [span.kind, isoDay(span.start), isoDay(span.end)])).toEqual([
			['focus', '2020-03-01', '2020-04-01'],
			['context', '2020-04-01', '2024-01-01']
		]);
	});
	it('focuses the later run when two runs hold as many events', () => {
		const [, focus] = chooseSpans(['2010-01-05', '2010-01-10', '2021-05-02', '2021-05-09']);
		expect(focus && isoDay(focus.start)).toBe('2021-05-01');
	});
	it('has no spans without dates', () => {
		expect(chooseSpans([])).toEqual([]);
	});
});

describe('layoutSegments', () => {
	it('maps each segment’s own dates linearly onto its own pixels', () => {
		const [context, focus] = layoutSegments(seedDates, 900);
		if (!context || !focus) throw new Error('expected two segments');
		expect([context.start, context.end]).toEqual(['2015-01-01', '2022-06-01']);
		expect([focus.start, focus.end]).toEqual(['2022-06-01', '2022-08-01']);
		const at = (iso: string) => segmentX(focus, new Date(`${iso}T00:00:00Z`));
		expect(at('2022-06-01')).toBeCloseTo(focus.x0, 9);
		expect(at('2022-08-01')).toBeCloseTo(focus.x1, 9);
		// 1 July is 30 of the segment's 61 days in, and noon is half a day further.
		expect(at('2022-07-01')).toBeCloseTo(focus.x0 + (30 / 61) * (focus.x1 - focus.x0), 9);
		expect(segmentX(focus, new Date('2022-07-01T12:00:00Z'))).toBeCloseTo(
			focus.x0 + (30.5 / 61) * (focus.x1 - focus.x0),
			9
		);
	});
	it('puts ticks where d3’s UTC time scale would, at round dates', () => {
		const focus = layoutSegments(seedDates, 900)[1];
		if (!focus) throw new Error('expected a focus segment');
		const ticks = axisTicks([focus], { width: 900 });
		const reference = scaleUtc()
			.domain([new Date('2022-06-01T00:00:00Z'), new Date('2022-08-01T00:00:00Z')])
			.range([focus.x0, focus.x1]);
		for (const tick of ticks) {
			expect(tick.x).toBeCloseTo(reference(new Date(`${tick.date}T00:00:00Z`)), 9);
		}
		const count = Math.floor((focus.x1 - focus.x0) / 64);
		const d3Ticks = reference.ticks(count).map((d) => d.toISOString().slice(0, 10));
		const minor = ticks.filter((tick) => !tick.major).map((tick) => tick.date);
		expect(minor.length).toBeGreaterThan(0);
		for (const date of minor) expect(d3Ticks).toContain(date);
	});
	it('gives the weeks of the story more room than the years before them', () => {
		const [context, focus] = layoutSegments(seedDates, 900);
		if (!context || !focus) throw new Error('expected two segments');
		expect(focus.x1 - focus.x0).toBeGreaterThan(2 * (context.x1 - context.x0));
		expect(context.x1).toBeLessThan(focus.x0);
	});
	it.each([900, 320])('places the 2015 and 2022 events inside %i px, in date order', (width) => {
		const segments = layoutSegments(seedDates, width, { margin: 16 });
		const xs = seedDates.map((date) => xOf(segments, date));
		for (const x of xs) {
			expect(x).toBeGreaterThanOrEqual(16);
			expect(x).toBeLessThanOrEqual(width - 16);
		}
		expect(xs).toEqual([...xs].sort((a, b) => a - b));
		expect(new Set(xs).size).toBe(xs.length);
	});
	it('puts a day on a segment boundary at the start of the later segment', () => {
		const segments = layoutSegments(seedDates, 900);
		expect(segmentOf(segments, '2022-05-31')?.kind).toBe('context');
		expect(segmentOf(segments, '2022-06-01')?.kind).toBe('focus');
		expect(xOf(segments, '2022-06-01')).toBe(segments[1]?.x0);
	});
	it('pins dates outside the axis to its ends', () => {
		const segments = layoutSegments(seedDates, 900);
		expect(xOf(segments, '1999-01-01')).toBe(segments[0]?.x0);
		expect(xOf(segments, '2030-01-01')).toBe(segments.at(-1)?.x1);
	});
});

describe('placeLabels', () => {
	const bounds = { min: 0, max: 1000, lanes: 3, gap: 6 };
	it('keeps labels of distant events on the row nearest the axis', () => {
		const placed = placeLabels(
			[
				{ x: 100, width: 40 },
				{ x: 300, width: 40 }
			],
			bounds
		);
		expect(placed.map((label) => label.lane)).toEqual([0, 0]);
	});
	it('lifts the label of an event a day after another onto the next row', () => {
		const placed = placeLabels(
			[
				{ x: 410, width: 40 },
				{ x: 400, width: 40 }
			],
			bounds
		);
		expect(placed.map((label) => label.lane)).toEqual([1, 0]);
	});
	it('leaves out a label when every row is taken there', () => {
		const crowd = [0, 1, 2, 3].map((i) => ({ x: 500 + i, width: 40 }));
		expect(placeLabels(crowd, bounds).map((label) => label.lane)).toEqual([0, 1, 2, null]);
	});
	it('keeps labels inside the bounds', () => {
		const [first, last] = placeLabels(
			[
				{ x: 2, width: 40 },
				{ x: 999, width: 40 }
			],
			bounds
		);
		expect(first?.left).toBe(0);
		expect(last?.left).toBe(960);
	});
	it.each([320, 900])('never overlaps two seed labels on one row at %i px', (width) => {
		const segments = layoutSegments(seedDates, width);
		const labels = seedDates.map((date) => {
			const segment = segmentOf(segments, date);
			const text = segment ? shortDateLabel(date, segment) : date;
			return { x: xOf(segments, date), width: estimateLabelWidth(text) };
		});
		const placed = placeLabels(labels, { min: 0, max: width, lanes: 3, gap: 6 });
		const shown = placed
			.map((label, i) => ({ ...label, right: label.left + (labels[i]?.width ?? 0) }))
			.filter((label) => label.lane !== null);
		expect(shown.length).toBeGreaterThanOrEqual(width > 600 ? seedDates.length : 6);
		for (const a of shown) {
			for (const b of shown) {
				if (a === b || a.lane !== b.lane) continue;
				expect(a.right + 6 <= b.left || b.right + 6 <= a.left).toBe(true);
			}
		}
	});
});

describe('shortDateLabel', () => {
	it('gives day and month on a short segment, month and year on a long one', () => {
		expect(shortDateLabel('2022-07-05', { start: '2022-06-01', end: '2022-08-01' })).toBe('5 Jul');
		expect(shortDateLabel('2015-07-14', { start: '2015-01-01', end: '2022-06-01' })).toBe(
			'Jul 2015'
		);
	});
});

describe('axisTicks', () => {
	it.each([320, 900])('labels ticks at %i px without overlap and inside the width', (width) => {
		const ticks = axisTicks(layoutSegments(seedDates, width), { width, charWidth: 7, gap: 10 });
		expect(ticks.length).toBeGreaterThanOrEqual(3);
		for (const [i, tick] of ticks.entries()) {
			const half = estimateLabelWidth(tick.label) / 2;
			expect(tick.labelX - half).toBeGreaterThanOrEqual(0);
			expect(tick.labelX + half).toBeLessThanOrEqual(width);
			const next = ticks[i + 1];
			if (next) {
				const nextHalf = estimateLabelWidth(next.label) / 2;
				expect(next.labelX - tick.labelX).toBeGreaterThanOrEqual(half + nextHalf + 10);
			}
		}
	});
	it('restates the year where the focus begins after the break', () => {
		const ticks = axisTicks(layoutSegments(seedDates, 900), { width: 900 });
		expect(ticks).toContainEqual(
			expect.objectContaining({ date: '2022-06-01', label: 'Jun 2022' })
		);
		expect(ticks.map((tick) => tick.label)).toContain('Jul');
		const years = ticks.filter((tick) => /^\d{4}$/.test(tick.label));
		expect(years.length).toBeGreaterThanOrEqual(3);
	});
});

describe('cursorSteps', () => {
	const segments = layoutSegments(seedDates, 900);
	const steps = cursorSteps(segments, seedDates);
	it('runs from the start of the axis to its end, in order, without repeats', () => {
		expect(steps[0]).toBe('2015-01-01');
		expect(steps.at(-1)).toBe('2022-08-01');
		const days = steps.map(dayNumber);
		for (let i = 1; i < days.length; i++) expect(days[i]).toBeGreaterThan(days[i - 1] ?? 0);
	});
	it('can select every event on its day', () => {
		for (const date of seedDates) expect(steps).toContain(date);
	});
	it('steps one day at a time through the focus', () => {
		const june = steps.filter((step) => step.startsWith('2022-06'));
		expect(june).toHaveLength(30);
	});
	it('spaces steps evenly along the axis, so a range thumb sits near its date', () => {
		const [start, end] = [segments[0]?.x0 ?? 0, segments.at(-1)?.x1 ?? 0];
		const pxPerDay = ((segments[1]?.x1 ?? 0) - (segments[1]?.x0 ?? 0)) / 61;
		steps.forEach((step, i) => {
			const thumb = start + ((end - start) * i) / (steps.length - 1);
			expect(Math.abs(thumb - xOf(segments, step))).toBeLessThan(2 * pxPerDay);
		});
	});
});

describe('stepIndex', () => {
	const steps = ['2022-07-01', '2022-07-05', '2022-07-09'];
	it('finds a step on its own day', () => {
		expect(stepIndex(steps, '2022-07-05')).toBe(1);
	});
	it('shows the last step on or before a date between steps', () => {
		expect(stepIndex(steps, '2022-07-08')).toBe(1);
		expect(stepIndex(steps, '2023-01-01')).toBe(2);
	});
});
