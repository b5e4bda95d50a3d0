import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeGeodataFixture } from '../geodata-fixture';
import { checkDraft, createDraft, parseDraft, readDraft, saveDraft } from './draft-store';
import { AuthoringError } from './problem';
import { publishableDraft } from './test-draft';

const fixture = await makeGeodataFixture();
afterAll(() => fixture.cleanup());

async function problemOf(work: Promise<unknown>) {
	try {
		await work;
	} catch (error) {
		if (error instanceof AuthoringError) return error.problem;
		throw error;
	}
	throw new Error('expected a refusal');
}

describe('saving drafts', () => {
	it('saves a draft that carries the current version and returns the new one', async () => {
		const draft = publishableDraft('save-ok');
		const first = await createDraft(fixture.dir, draft);
		draft.meta.title = 'Rail talks, revised';
		const second = await saveDraft(fixture.dir, 'save-ok', draft, first);
		expect(second).not.toBe(first);
		expect((await readDraft(fixture.dir, 'save-ok'))?.draft.meta.title).toBe('Rail talks, revised');
	});

	it('refuses a stale If-Match with 412 and leaves the saved draft untouched', async () => {
		const draft = publishableDraft('stale');
		const first = await createDraft(fixture.dir, draft);
		const mine = structuredClone(draft);
		draft.meta.title = 'Saved by the other editor';
		await saveDraft(fixture.dir, 'stale', draft, first);
		const before = await readFile(join(fixture.dir, 'drafts', 'stale', 'draft.json'), 'utf8');

		mine.meta.title = 'Saved over theirs';
		const problem = await problemOf(saveDraft(fixture.dir, 'stale', mine, first));
		expect(problem.status).toBe(412);
		expect(problem.field).toBe('If-Match');
		expect(problem.detail).toMatch(/Reload/);
		expect(await readFile(join(fixture.dir, 'drafts', 'stale', 'draft.json'), 'utf8')).toBe(before);
	});

	it('requires If-Match (428)', async () => {
		const draft = publishableDraft('no-version');
		await createDraft(fixture.dir, draft);
		expect((await problemOf(saveDraft(fixture.dir, 'no-version', draft, null))).status).toBe(428);
	});

	it('refuses an article over 200 KB with 413 naming the field', () => {
		const draft = publishableDraft('big');
		draft.article = 'x'.repeat(200 * 1024 + 1);
		const error = (() => {
			try {
				parseDraft('big', draft);
			} catch (caught) {
				return caught as AuthoringError;
			}
		})();
		expect(error?.problem).toMatchObject({ status: 413, field: 'article' });
	});

	it('refuses more than 500 places with 413', () => {
		const draft = publishableDraft('many');
		const place = draft.places[0]!;
		draft.places = Array.from({ length: 501 }, (_, i) => ({
			...place,
			feature: { ...place.feature, id: `p${i}` }
		}));
		expect(() => parseDraft('many', draft)).toThrow(/limit is 500/);
	});

	it('refuses a malformed draft with 400 naming the JSON path', () => {
		const draft = publishableDraft('bad-shape') as unknown as { places: Array<{ status: string }> };
		draft.places[1]!.status = 'maybe';
		try {
			parseDraft('bad-shape', draft);
			expect.unreachable();
		} catch (error) {
			expect((error as AuthoringError).problem).toMatchObject({
				status: 400,
				field: '$.places[1].status'
			});
		}
	});

	it('refuses ids that are not slugs before building any path', async () => {
		for (const id of ['../briefings', 'a/b', 'UPPER', '', '.hidden', 'a--b']) {
			expect((await problemOf(readDraft(fixture.dir, id))).status).toBe(404);
		}
	});

	it('checks a draft as geodata:check checks a briefing', async () => {
		const draft = publishableDraft('checked');
		draft.places.find((p) => p.feature.id === 'porto')!.feature.properties.role = '  ';
		await createDraft(fixture.dir, draft);
		const problems = await checkDraft(fixture.dir, 'checked');
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'briefings/checked/places.geojson',
				path: '$.features[0].properties.role'
			})
		]);
	});
});
