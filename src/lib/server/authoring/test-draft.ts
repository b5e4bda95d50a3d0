/** Test helper: a draft of the test article with Porto accepted and valid enough to publish. */
import { draftFromProposals } from '../../authoring/from-proposals';
import type { DraftDocument } from '../../authoring/draft';
import { TEST_ARTICLE, TEST_PROPOSALS } from '../../authoring/fixtures/test-article';

export function publishableDraft(id = 'rail-talks'): DraftDocument {
	const draft = draftFromProposals(
		{ id, title: 'Rail talks', publisher: 'Test desk', date: '2024-04-03', article: TEST_ARTICLE },
		TEST_PROPOSALS
	);
	const porto = draft.places.find((p) => p.feature.id === 'porto')!;
	porto.status = 'accepted';
	porto.feature.properties.role = 'Where the officials met.';
	for (const mention of draft.mentions)
		if (mention.placeId === 'porto') mention.status = 'accepted';
	return draft;
}
