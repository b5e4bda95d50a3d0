/**
 * The timeline's geometry: where a briefing's dated events sit on a horizontal axis, which tick
 * labels fit, where event labels go so they do not overlap, and the dates the cursor can take.
 *
 * Pure: no DOM and no Svelte, so it is tested without a browser and renders the same on the
 * server and in the client.
 *
 * A briefing's events span years (a 2015 treaty as background) but its story is weeks
 * (June–July 2022). A single linear axis would squeeze the story into a few pixels, so the axis
 * is broken: a wide *focus* segment for the densest run of events and narrow *context* segments,
 * each linear in time, for what lies before or after it.
 */
import { utcTicks } from 'd3-time';
import { dateToDay, dayNumber, dayToDate, isoDay, monthName } from './dates';

/** The first day of the month `addMonths` after the month of `day`. */
function monthStart(day: number, addMonths = 0): number {
	const date = dayToDate(day);
	return dateToDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + addMonths, 1)));
}

/** The first day of the year `addYears` after the year of `day`. */
function yearStart(day: number, addYears = 0): number {
	return dateToDay(new Date(Date.UTC(dayToDate(day).getUTCFullYear() + addYears, 0, 1)));
}

export type SegmentKind = 'focus' | 'context';

/** A stretch of time on the axis, as day numbers: `start` inclusive, `end` where the next begins. */
export interface TimeSpan {
	kind: SegmentKind;
	start: number;
	end: number;
}

export interface SpanOptions {
	/** Events closer than this (in days) belong to the same run of the story. */
	clusterGapDays?: number;
	/** Break the axis only when the focus would cover less than this share of the whole time. */
	breakBelowShare?: number;
}

/**
 * Splits the time the events cover into spans. The focus is the run of events with gaps of at
 * most `clusterGapDays` that holds the most events (the latest run on a tie: briefings are
 * about recent news), padded to whole months. What lies outside it becomes context padded to
 * whole years, so its ticks land on years. When the focus already covers most of the time, one
 * unbroken span reads better than a break, so no break is made.
 */
export function chooseSpans(dates: readonly string[], options: SpanOptions = {}): TimeSpan[] {
	const { clusterGapDays = 45, breakBelowShare = 0.4 } = options;
	const days = [...new Set(dates.map(dayNumber))].sort((a, b) => a - b);
	const first = days[0];
	const last = days.at(-1);
	if (first === undefined || last === undefined) return [];

	const runs: number[][] = [];
	for (const day of days) {
		const run = runs.at(-1);
		const previous = run?.at(-1);
		if (run && previous !== undefined && day - previous <= clusterGapDays) run.push(day);
		else runs.push([day]);
	}
	const focusRun = runs.reduce((best, run) => (run.length >= best.length ? run : best));
	const focusStart = monthStart(focusRun[0] ?? first);
	const focusEnd = monthStart(focusRun.at(-1) ?? last, 1);
	const whole = { start: monthStart(first), end: monthStart(last, 1) };
	if ((focusEnd - focusStart) / (whole.end - whole.start) >= breakBelowShare) {
		return [{ kind: 'focus', ...whole }];
	}
	const spans: TimeSpan[] = [];
	if (first < focusStart) spans.push({ kind: 'context', start: yearStart(first), end: focusStart });
	spans.push({ kind: 'focus', start: focusStart, end: focusEnd });
	if (last >= focusEnd) spans.push({ kind: 'context', start: focusEnd, end: yearStart(last, 1) });
	return spans;
}

/** One segment of the broken axis: dates from `start` to `end` run linearly from `x0` to `x1`. */
export interface AxisSegment {
	kind: SegmentKind;
	/** ISO dates of the segment's ends. */
	start: string;
	end: string;
	x0: number;
	x1: number;
}

const DAY_MS = 86_400_000;

/**
 * The x of a date on one segment. A segment is one linear map from time to pixels, so this is
 * d3-scale's `scaleUtc` without the interpolators and formatters it would bring to the explore
 * page's first view (11 KB gzip); its ticks come from d3-time's `utcTicks`, as `scaleUtc`'s do.
 */
export function segmentX(segment: Pick<AxisSegment, 'start' | 'end' | 'x0' | 'x1'>, date: Date) {
	const [start, end] = [dayNumber(segment.start), dayNumber(segment.end)];
	const share = (date.getTime() / DAY_MS - start) / (end - start);
	return segment.x0 + share * (segment.x1 - segment.x0);
}

/** Ticks at round UTC times (so they fall on the same midnights on the server and in any browser). */
function segmentTicks(segment: Pick<AxisSegment, 'start' | 'end'>, count: number): Date[] {
	return utcTicks(dayToDate(dayNumber(segment.start)), dayToDate(dayNumber(segment.end)), count);
}

export interface AxisOptions extends SpanOptions {
	/** Pixels kept free at each end, for labels that centre on the first or last marker. */
	margin?: number;
	/** The focus segment's share of the plot when the axis is broken. */
	focusShare?: number;
	/** Pixels between segments, where the break mark is drawn. */
	breakGap?: number;
}

/**
 * Lays the spans out across `width` pixels: the focus takes `focusShare` of the plot and the
 * context segments share the rest in proportion to their length in time.
 */
export function layoutSegments(
	dates: readonly string[],
	width: number,
	options: AxisOptions = {}
): AxisSegment[] {
	const { margin = 16, focusShare = 0.72, breakGap = 14 } = options;
	const spans = chooseSpans(dates, options);
	const plot = Math.max(0, width - 2 * margin - breakGap * Math.max(0, spans.length - 1));
	const contextDays = spans
		.filter((span) => span.kind === 'context')
		.reduce((sum, span) => sum + span.end - span.start, 0);
	const share = (span: TimeSpan) =>
		spans.length === 1
			? 1
			: span.kind === 'focus'
				? focusShare
				: ((1 - focusShare) * (span.end - span.start)) / contextDays;

	let x = margin;
	return spans.map((span) => {
		const x0 = x;
		const x1 = x0 + plot * share(span);
		x = x1 + breakGap;
		return { kind: span.kind, start: isoDay(span.start), end: isoDay(span.end), x0, x1 };
	});
}

/** The segment a date falls on: the later one on a boundary, the nearest end outside the axis. */
export function segmentOf(segments: readonly AxisSegment[], iso: string): AxisSegment | undefined {
	const day = dayNumber(iso);
	return segments.find((candidate) => day < dayNumber(candidate.end)) ?? segments.at(-1);
}

/**
 * The x of a date on the broken axis. A date on a segment boundary belongs to the later
 * segment; dates outside the axis are pinned to its ends.
 */
export function xOf(segments: readonly AxisSegment[], iso: string): number {
	const segment = segmentOf(segments, iso);
	if (!segment) return 0;
	const x = segmentX(segment, dayToDate(dayNumber(iso)));
	return Math.min(segment.x1, Math.max(segment.x0, x));
}

/** A label's horizontal extent, as the layout estimates it before any text is drawn. */
export interface LabelBox {
	/** Where the label wants to be centred. */
	x: number;
	width: number;
}

export interface PlacedLabel {
	/** Left edge after keeping the label inside the bounds. */
	left: number;
	/** 0 is the row nearest the axis; `null` when no row had room (the label is left out). */
	lane: number | null;
}

/**
 * Stacks labels into rows so that none overlap: each label, in order of x, takes the lowest
 * row whose previous label ends at least `gap` before it starts. Events days apart on the
 * focus segment, or years apart on a context segment, would otherwise print over each other.
 * A label that fits no row is left out; its event stays in the list below the axis.
 */
export function placeLabels(
	labels: readonly LabelBox[],
	bounds: { min: number; max: number; lanes: number; gap?: number }
): PlacedLabel[] {
	const { min, max, lanes, gap = 6 } = bounds;
	const order = labels.map((_, i) => i).sort((a, b) => (labels[a]?.x ?? 0) - (labels[b]?.x ?? 0));
	const laneEnds: number[] = Array.from({ length: lanes }, () => -Infinity);
	const placed: PlacedLabel[] = labels.map(() => ({ left: 0, lane: null }));
	for (const i of order) {
		const label = labels[i];
		if (!label) continue;
		const left = Math.max(min, Math.min(max - label.width, label.x - label.width / 2));
		const lane = laneEnds.findIndex((end) => end + gap <= left);
		placed[i] = { left, lane: lane < 0 ? null : lane };
		if (lane >= 0) laneEnds[lane] = left + label.width;
	}
	return placed;
}

/** Estimated width of a short label: the layout runs before (and without) text measurement. */
export function estimateLabelWidth(text: string, charWidth = 7): number {
	return text.length * charWidth;
}

/**
 * An event's short label on the axis: "5 Jul" where the segment covers less than a year (the
 * ticks carry the year), "Jul 2015" on a long segment, where the day would be noise.
 */
export function shortDateLabel(iso: string, segment: Pick<AxisSegment, 'start' | 'end'>): string {
	const date = dayToDate(dayNumber(iso));
	const month = monthName(date.getUTCMonth() + 1, 'short');
	const long = dayNumber(segment.end) - dayNumber(segment.start) > 366;
	return long ? `${month} ${date.getUTCFullYear()}` : `${date.getUTCDate()} ${month}`;
}

export interface AxisTick {
	date: string;
	x: number;
	label: string;
	/** Where the label is centred: kept inside the axis. */
	labelX: number;
	/** Year and month starts, and segment starts, which carry the year or month for the rest. */
	major: boolean;
}

function tickLabel(date: Date, segmentStart: boolean): string {
	const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
	const name = monthName(month + 1, 'short');
	if (month === 0 && day === 1) return String(year);
	if (segmentStart) return day === 1 ? `${name} ${year}` : `${day} ${name} ${year}`;
	return day === 1 ? name : `${day} ${name}`;
}

/** Month starts inside a segment shorter than a year: d3's week ticks skip most of them. */
function monthStarts(segment: Pick<AxisSegment, 'start' | 'end'>): Date[] {
	const [start, end] = [dayNumber(segment.start), dayNumber(segment.end)];
	if (end - start > 366) return [];
	const dates: Date[] = [];
	for (let day = monthStart(start, 1); day < end; day = monthStart(day, 1)) {
		dates.push(dayToDate(day));
	}
	return dates;
}

/**
 * Ticks from d3-time for each segment, about one per `spacing` pixels, plus each segment's
 * start (labelled with its year, since after a break the reader has lost it). Labels that would
 * overlap are thinned: segment starts first, then year and month starts, then the rest.
 */
export function axisTicks(
	segments: readonly AxisSegment[],
	options: { width: number; spacing?: number; charWidth?: number; gap?: number }
): AxisTick[] {
	const { width, spacing = 64, charWidth = 7, gap = 16 } = options;
	const candidates: (AxisTick & { priority: number })[] = [];
	const seen = new Set<string>();
	for (const segment of segments) {
		const count = Math.max(1, Math.floor((segment.x1 - segment.x0) / spacing));
		const dates = [
			dayToDate(dayNumber(segment.start)),
			...monthStarts(segment),
			...segmentTicks(segment, count)
		];
		dates.forEach((date, i) => {
			const iso = isoDay(dateToDay(date));
			if (seen.has(iso) || dayNumber(iso) >= dayNumber(segment.end)) return;
			seen.add(iso);
			const label = tickLabel(date, i === 0);
			const x = segmentX(segment, date);
			const half = estimateLabelWidth(label, charWidth) / 2;
			const major = i === 0 || date.getUTCDate() === 1;
			candidates.push({
				date: iso,
				x,
				label,
				labelX: Math.max(half, Math.min(width - half, x)),
				major,
				priority: i === 0 ? 2 : major ? 1 : 0
			});
		});
	}
	const kept: (AxisTick & { priority: number })[] = [];
	const byPriority = [...candidates].sort((a, b) => b.priority - a.priority || a.x - b.x);
	for (const tick of byPriority) {
		const half = estimateLabelWidth(tick.label, charWidth) / 2;
		const clear = kept.every((other) => {
			const otherHalf = estimateLabelWidth(other.label, charWidth) / 2;
			return Math.abs(other.labelX - tick.labelX) >= half + otherHalf + gap;
		});
		if (clear) kept.push(tick);
	}
	return kept.sort((a, b) => a.x - b.x).map(({ priority: _priority, ...tick }) => tick);
}

/**
 * The dates the cursor can take, in order: every day on the focus segment, and on context
 * segments steps of the same width in pixels (so a range input's thumb moves evenly and stays
 * near the axis position of its date). The step nearest each event is moved onto the event's
 * day, so every event can be selected exactly.
 */
export function cursorSteps(
	segments: readonly AxisSegment[],
	eventDates: readonly string[]
): string[] {
	const focus = segments.find((segment) => segment.kind === 'focus');
	if (!focus) return [];
	const pxPerDay = (focus.x1 - focus.x0) / (dayNumber(focus.end) - dayNumber(focus.start));
	const steps: number[] = [];
	segments.forEach((segment, i) => {
		const start = dayNumber(segment.start);
		const days = dayNumber(segment.end) - start;
		const next = segments[i + 1];
		const px = (next ? next.x0 : segment.x1) - segment.x0;
		const count =
			segment.kind === 'focus' ? days : Math.max(1, Math.min(days, Math.round(px / pxPerDay)));
		for (let step = 0; step < count; step++) steps.push(start + Math.round((step * days) / count));
	});
	const lastSegment = segments.at(-1);
	if (lastSegment) steps.push(dayNumber(lastSegment.end));

	const moved = new Set<number>();
	for (const day of [...new Set(eventDates.map(dayNumber))]) {
		if (steps.includes(day)) continue;
		const nearest = steps.reduce(
			(best, step, i) => (Math.abs(step - day) < Math.abs((steps[best] ?? 0) - day) ? i : best),
			0
		);
		if (moved.has(nearest)) steps.push(day);
		else {
			steps[nearest] = day;
			moved.add(nearest);
		}
	}
	return [...new Set(steps)].sort((a, b) => a - b).map(isoDay);
}

/**
 * The index of the step the cursor shows for `date`: the last step on or before it, so the
 * thumb never suggests a later date than the one whose events are shown.
 */
export function stepIndex(steps: readonly string[], date: string): number {
	const day = dayNumber(date);
	let index = 0;
	steps.forEach((step, i) => {
		if (dayNumber(step) <= day) index = i;
	});
	return index;
}
