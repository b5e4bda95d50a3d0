import { describe, expect, it } from 'vitest';
import { articleSegments } from './article-segments';
import { tinyArticle, tinyPlaces } from './fixtures/tiny-briefing';

describe('articleSegments', () => {
	const segments = articleSegments(tinyArticle, tinyPlaces);

	it('rebuilds every paragraph exactly from its runs', () => {
		for (const paragraph of tinyArticle.paragraphs) {
			expect(
				segments
					.get(paragraph.id)
					?.map((s) => s.text)
					.join('')
			).toBe(paragraph.text);
		}
	});

	it('marks mentions in sentences after the first at the right offset', () => {
		const marked = segments.get('p1')?.filter((s) => s.placeId);
		expect(marked).toEqual([
			{ text: 'Kashan Airfield', placeId: 'kashan-airfield', sense: 'place', anchor: 'm-p1-18' },
			{ text: 'Tehran', placeId: 'tehran', sense: 'government', anchor: 'm-p1-35' }
		]);
	});

	it('marks two places in one sentence', () => {
		expect(
			segments
				.get('p2')
				?.filter((s) => s.placeId)
				.map((s) => s.placeId)
		).toEqual(['kashan-airfield', 'tehran']);
	});
});
