/**
 * The article split into plain runs and marked mentions, paragraph by paragraph, for the
 * review screen. Mentions are offsets into the whole article; overlapping ones keep the first.
 */
import type { DraftMention } from './draft';

export type MarkRun = { text: string; mention?: DraftMention };

export function markParagraphs(article: string, mentions: readonly DraftMention[]): MarkRun[][] {
	const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
	const paragraphs: MarkRun[][] = [];
	let offset = 0;
	let next = 0;
	for (const text of article.split('\n\n')) {
		const start = offset;
		const end = start + text.length;
		const runs: MarkRun[] = [];
		let cursor = start;
		while (next < sorted.length && (sorted[next] as DraftMention).start < end) {
			const mention = sorted[next] as DraftMention;
			next++;
			if (mention.start < cursor || mention.end > end) continue;
			if (mention.start > cursor) runs.push({ text: article.slice(cursor, mention.start) });
			runs.push({ text: article.slice(mention.start, mention.end), mention });
			cursor = mention.end;
		}
		if (cursor < end) runs.push({ text: article.slice(cursor, end) });
		paragraphs.push(runs);
		offset = end + 2;
	}
	return paragraphs;
}
