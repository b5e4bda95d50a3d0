import { describe, expect, it } from 'vitest';
import { draftFromProposals, placeKindFor } from './from-proposals';
import { TEST_ARTICLE, TEST_PROPOSALS } from './fixtures/test-article';

const input = {
	id: 'rail-talks',
	title: 'Rail talks',
	publisher: 'Test desk',
	date: '2024-04-03',
	article: TEST_ARTICLE
};

describe('draftFromProposals', () => {
	const draft = draftFromProposals(input, TEST_PROPOSALS);

	it('proposes every place with its candidates and nothing accepted', () => {
		expect(draft.places.map((p) => p.feature.id)).toEqual([
			'lisbon',
			'madrid',
			'porto',
			'valencia'
		]);
		expect(draft.places.every((p) => p.status === 'proposed')).toBe(true);
		const valencia = draft.places[3]!;
		expect(valencia.candidates).toHaveLength(2);
		expect(valencia.chosen).toBe(0);
		expect(valencia.feature.geometry.coordinates).toEqual([-0.37739, 39.46975]);
	});

	it('cites the gazetteer entry as the source of the position', () => {
		expect(draft.places[0]!.feature.properties.sources).toEqual([
			{ publisher: 'GeoNames', title: 'GeoNames entry 2267057' }
		]);
	});

	it('keeps every mention, in text order, with its sense', () => {
		expect(draft.mentions.map((m) => m.text)).toEqual([
			'Lisbon',
			'Madrid',
			'Porto',
			'Valencia',
			'Porto',
			'Madrid'
		]);
		expect(draft.mentions.map((m) => TEST_ARTICLE.slice(m.start, m.end))).toEqual(
			draft.mentions.map((m) => m.text)
		);
		expect(draft.mentions[0]!.sense).toBe('government');
		expect(new Set(draft.mentions.map((m) => m.id)).size).toBe(draft.mentions.length);
	});

	it('proposes an event per date with its sentence, places and the article as source', () => {
		expect(draft.events).toHaveLength(2);
		const [first] = draft.events;
		expect(first!.event.date).toBe('2024-03-12');
		expect(first!.event.refs).toEqual(['p2.s1']);
		expect(first!.found?.sentence).toMatch(/^Officials from Lisbon/);
		expect(first!.event.placeIds).toEqual(['lisbon', 'madrid', 'porto']);
		expect(first!.event.sources).toEqual([{ publisher: 'Test desk', date: '2024-04-03' }]);
	});

	it('frames the default view on the proposed places', () => {
		const [lon, lat] = draft.meta.defaultView.center;
		expect(lon).toBeLessThan(0);
		expect(lat).toBeGreaterThan(30);
	});

	it('maps gazetteer kinds onto briefing kinds', () => {
		expect(placeKindFor('airport')).toBe('airfield');
		expect(placeKindFor('Capital')).toBe('capital');
		expect(placeKindFor('mountain')).toBe('city');
	});
});
