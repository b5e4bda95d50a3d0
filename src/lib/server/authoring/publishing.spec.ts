import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeGeodataFixture } from '../geodata-fixture';
import { loadBriefing } from '../load-briefing';
import { createDraft, readDraft, saveDraft } from './draft-store';
import { listHistory, publishDraft, recoverPublishing, restoreVersion } from './publishing';
import { publishableDraft } from './test-draft';

const fixture = await makeGeodataFixture();
afterAll(() => fixture.cleanup());

const title = async (id: string) =>
	JSON.parse(await readFile(join(fixture.dir, 'briefings', id, 'briefing.json'), 'utf8'))
		.title as string;

describe('publishing', () => {
	it('refuses a draft with problems and writes nothing', async () => {
		const draft = publishableDraft('refused');
		draft.places.find((p) => p.feature.id === 'porto')!.feature.properties.sources = [];
		const etag = await createDraft(fixture.dir, draft);
		const result = await publishDraft(fixture.dir, 'refused', etag);
		expect(result.published).toBe(false);
		expect(result.published ? [] : result.problems.map((p) => p.path)).toEqual([
			'$.features[0].properties.sources'
		]);
		expect(await readdir(join(fixture.dir, 'briefings'))).not.toContain('refused');
	});

	it('publishes a valid draft as a briefing that loads', async () => {
		const etag = await createDraft(fixture.dir, publishableDraft('first'));
		expect(await publishDraft(fixture.dir, 'first', etag)).toEqual({
			published: true,
			archived: undefined
		});
		const load = await loadBriefing(fixture.dir, 'first');
		expect(load.ok).toBe(true);
		expect(await listHistory(fixture.dir, 'first')).toEqual([]);
	});

	it('refuses to publish a version other than the one saved (412)', async () => {
		const etag = await createDraft(fixture.dir, publishableDraft('stale-publish'));
		const stored = await readDraft(fixture.dir, 'stale-publish');
		await saveDraft(
			fixture.dir,
			'stale-publish',
			{ ...stored!.draft, meta: { ...stored!.draft.meta, title: 'Newer' } },
			etag
		);
		await expect(publishDraft(fixture.dir, 'stale-publish', etag)).rejects.toMatchObject({
			problem: { status: 412 }
		});
	});

	it('keeps the previous version in history and restores it', async () => {
		const draft = publishableDraft('versions');
		let etag = await createDraft(fixture.dir, draft);
		await publishDraft(fixture.dir, 'versions', etag);
		draft.meta.title = 'Second version';
		etag = await saveDraft(fixture.dir, 'versions', draft, etag);
		const second = await publishDraft(fixture.dir, 'versions', etag);
		expect(second.published && second.archived).toBeTruthy();
		expect(await title('versions')).toBe('Second version');

		const [previous] = await listHistory(fixture.dir, 'versions');
		expect(previous).toBeDefined();
		await restoreVersion(fixture.dir, 'versions', previous!);
		expect(await title('versions')).toBe('Rail talks');
		// The version that was replaced by the restore is itself kept.
		const history = await listHistory(fixture.dir, 'versions');
		expect(history).toHaveLength(2);
		const titles = await Promise.all(
			history.map(
				async (v) =>
					JSON.parse(
						await readFile(join(fixture.dir, 'history', 'versions', v, 'briefing.json'), 'utf8')
					).title
			)
		);
		expect(titles).toContain('Second version');
	});

	it('refuses to restore a version that does not exist or is not a version name', async () => {
		await expect(
			restoreVersion(fixture.dir, 'versions', '../../briefings/first')
		).rejects.toMatchObject({ problem: { status: 404, field: 'version' } });
		await expect(
			restoreVersion(fixture.dir, 'versions', '2020-01-01T00-00-00-000Z')
		).rejects.toMatchObject({ problem: { status: 404 } });
	});

	it('finishes a publish interrupted between its two renames at the next start', async () => {
		const { mkdir, rename, writeFile } = await import('node:fs/promises');
		const etag = await createDraft(fixture.dir, publishableDraft('interrupted'));
		await publishDraft(fixture.dir, 'interrupted', etag);
		// As after a crash: the sealed staging folder is there, the briefing folder was moved away.
		const staging = join(fixture.dir, 'briefings', '.staging-interrupted-0123abcd');
		await rename(join(fixture.dir, 'briefings', 'interrupted'), staging);
		await writeFile(join(staging, '.staged'), '');
		// And an unsealed one from a crash while writing, which must be discarded.
		await mkdir(join(fixture.dir, 'briefings', '.staging-first-89abcdef'));
		expect(await recoverPublishing(fixture.dir)).toEqual(['interrupted']);
		expect((await loadBriefing(fixture.dir, 'interrupted')).ok).toBe(true);
		expect(
			(await readdir(join(fixture.dir, 'briefings'))).filter((n) => n.startsWith('.'))
		).toEqual([]);
	});
});
