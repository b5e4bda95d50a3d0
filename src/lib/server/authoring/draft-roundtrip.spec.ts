import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { draftFromBriefing, draftToFiles } from '../../authoring/draft-files';
import { BRIEFING_FILES, type BriefingFileKey } from '../briefing-files';
import { makeGeodataFixture, REPO_GEODATA, SEED_ID } from '../geodata-fixture';
import { loadBriefing } from '../load-briefing';

const fixture = await makeGeodataFixture();
afterAll(() => fixture.cleanup());

describe('a published briefing opened as a draft', async () => {
	const seed = await loadBriefing(REPO_GEODATA, SEED_ID);
	if (!seed.ok) throw new Error('the seed briefing must load');
	const draft = draftFromBriefing(seed.briefing);

	it('finds every curated mention back in the article text', () => {
		const curated = seed.briefing.places.features.flatMap((f) => f.properties.mentions);
		expect(draft.mentions).toHaveLength(curated.length);
		for (const mention of draft.mentions) {
			expect(draft.article.slice(mention.start, mention.end)).toBe(mention.text);
		}
	});

	it('writes back files that load as the same briefing', async () => {
		const folder = join(fixture.dir, 'drafts', SEED_ID);
		await mkdir(folder, { recursive: true });
		const files = draftToFiles(draft);
		for (const key of Object.keys(BRIEFING_FILES) as BriefingFileKey[]) {
			await writeFile(join(folder, BRIEFING_FILES[key]), files[key]);
		}
		const again = await loadBriefing(fixture.dir, SEED_ID, folder);
		expect(again.ok ? [] : again.problems).toEqual([]);
		if (!again.ok) return;
		// Mentions come back in the order the article has them; the set is the same.
		const inAnyOrder = (places: typeof seed.briefing.places) =>
			places.features.map((f) => ({
				...f,
				properties: {
					...f.properties,
					mentions: f.properties.mentions.map((m) => JSON.stringify(m)).sort()
				}
			}));
		expect(inAnyOrder(again.briefing.places)).toEqual(inAnyOrder(seed.briefing.places));
		expect(again.briefing.events).toEqual(seed.briefing.events);
		expect(again.briefing.meta).toEqual(seed.briefing.meta);
		expect(again.briefing.article).toEqual(seed.briefing.article);
	});
});
