/**
 * Splits each paragraph into plain runs and mention runs so the article panel can mark every
 * mention of a place, driven by the curated mentions (not by a second text search).
 */
import { locateMentions } from './mentions';
import type { Article, MentionSense, PlaceFeature } from './types';

export interface Segment {
	text: string;
	/** Set on a run that names a place. */
	placeId?: string;
	sense?: MentionSense;
	/** Stable id of the mention run, for scrolling to it: `m-p5-12` (paragraph, offset). */
	anchor?: string;
}

/**
 * Paragraph id → its runs, in order. Overlapping mentions (e.g. "Kashan Airfield" and "Kashan")
 * keep the longer, earlier one so no word is marked twice.
 */
export function articleSegments(article: Article, places: PlaceFeature[]): Map<string, Segment[]> {
	const located = locateMentions(article, places);
	const result = new Map<string, Segment[]>();
	for (const paragraph of article.paragraphs) {
		const spans = located
			.filter((m) => m.paragraphId === paragraph.id)
			.sort((a, b) => a.start - b.start || b.end - a.end);
		const segments: Segment[] = [];
		let cursor = 0;
		for (const span of spans) {
			if (span.start < cursor) continue;
			if (span.start > cursor) segments.push({ text: paragraph.text.slice(cursor, span.start) });
			segments.push({
				text: paragraph.text.slice(span.start, span.end),
				placeId: span.placeId,
				sense: span.sense,
				anchor: `m-${paragraph.id}-${span.start}`
			});
			cursor = span.end;
		}
		if (cursor < paragraph.text.length) segments.push({ text: paragraph.text.slice(cursor) });
		result.set(paragraph.id, segments);
	}
	return result;
}
