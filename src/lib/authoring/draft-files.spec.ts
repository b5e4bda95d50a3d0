import { describe, expect, it } from 'vitest';
import { draftToFiles } from './draft-files';
import { draftFromProposals } from './from-proposals';
import { TEST_ARTICLE, TEST_PROPOSALS } from './fixtures/test-article';

const input = {
	id: 'rail-talks',
	title: 'Rail talks',
	publisher: 'Test desk',
	date: '2024-04-03',
	article: TEST_ARTICLE
};

describe('draftToFiles', () => {
	it('writes only accepted places, with their accepted mentions as sentence references', () => {
		const draft = draftFromProposals(input, TEST_PROPOSALS);
		draft.places[2]!.status = 'accepted'; // Porto
		for (const mention of draft.mentions)
			if (mention.placeId === 'porto') mention.status = 'accepted';
		draft.mentions.find((m) => m.placeId === 'porto' && m.start > 200)!.status = 'rejected'; // "Jordan Porto"
		const places = JSON.parse(draftToFiles(draft).places);
		expect(places.features.map((f: { id: string }) => f.id)).toEqual(['porto']);
		expect(places.features[0].properties.mentions).toEqual([
			{ ref: 'p2.s1', text: 'Porto', sense: 'place' }
		]);
	});

	it('drops references from events to places that were not accepted', () => {
		const draft = draftFromProposals(input, TEST_PROPOSALS);
		draft.places[0]!.status = 'accepted';
		draft.events[0]!.status = 'accepted';
		const events = JSON.parse(draftToFiles(draft).events);
		expect(events).toHaveLength(1);
		expect(events[0].placeIds).toEqual(['lisbon']);
	});
});
