/**
 * A real crash between writing and renaming: a child process saves (or publishes) with a fault
 * that kills it with SIGKILL right before the rename. The previous version must be intact.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { makeGeodataFixture } from '../geodata-fixture';
import { loadBriefing } from '../load-briefing';
import { createDraft, readDraft } from './draft-store';
import { publishDraft } from './publishing';
import { publishableDraft } from './test-draft';

const fixture = await makeGeodataFixture();
afterAll(() => fixture.cleanup());

const here = fileURLToPath(new URL('.', import.meta.url));

/** Runs `body` in a child process that dies (SIGKILL) just before it renames onto `target`. */
async function crashDuring(body: string, target: string): Promise<NodeJS.Signals | null> {
	const script = join(fixture.dir, `crash-${Date.now()}.mts`);
	await writeFile(
		script,
		`import { writeFaults } from ${JSON.stringify(join(here, 'atomic-write.ts'))};
import * as store from ${JSON.stringify(join(here, 'draft-store.ts'))};
import * as publishing from ${JSON.stringify(join(here, 'publishing.ts'))};
writeFaults.beforeRename = (path) => { if (path === ${JSON.stringify(target)}) process.kill(process.pid, 'SIGKILL'); };
const root = ${JSON.stringify(fixture.dir)};
${body}
console.log('not killed');`
	);
	return new Promise((resolve) => {
		// `--import tsx` runs the TypeScript in this very process, so the signal is its own.
		execFile(process.execPath, ['--import', 'tsx', script], { cwd: process.cwd() }, (error) => {
			resolve((error as (Error & { signal?: NodeJS.Signals }) | null)?.signal ?? null);
		});
	});
}

describe('a crash between writing and renaming', { timeout: 60_000 }, () => {
	it('leaves the previous draft intact', async () => {
		const draft = publishableDraft('crash-save');
		const etag = await createDraft(fixture.dir, draft);
		const before = await readFile(join(fixture.dir, 'drafts', 'crash-save', 'draft.json'), 'utf8');
		const changed = { ...draft, meta: { ...draft.meta, title: 'Never saved' } };
		const signal = await crashDuring(
			`await store.saveDraft(root, 'crash-save', ${JSON.stringify(changed)}, ${JSON.stringify(etag)});`,
			join(fixture.dir, 'drafts', 'crash-save', 'draft.json')
		);
		expect(signal).toBe('SIGKILL');
		expect(await readFile(join(fixture.dir, 'drafts', 'crash-save', 'draft.json'), 'utf8')).toBe(
			before
		);
		expect((await readDraft(fixture.dir, 'crash-save'))?.etag).toBe(etag);
	});

	it('leaves the previous published version intact', async () => {
		const draft = publishableDraft('crash-publish');
		const etag = await createDraft(fixture.dir, draft);
		await publishDraft(fixture.dir, 'crash-publish', etag);
		const before = await readFile(
			join(fixture.dir, 'briefings', 'crash-publish', 'briefing.json'),
			'utf8'
		);

		// A newer draft is saved (no crash), then its publish is killed before the swap.
		const { saveDraft } = await import('./draft-store');
		const next = await saveDraft(
			fixture.dir,
			'crash-publish',
			{ ...draft, meta: { ...draft.meta, title: 'Half published' } },
			etag
		);
		const signal = await crashDuring(
			`await publishing.publishDraft(root, 'crash-publish', ${JSON.stringify(next)});`,
			join(fixture.dir, 'briefings', 'crash-publish')
		);
		expect(signal).toBe('SIGKILL');
		expect(
			await readFile(join(fixture.dir, 'briefings', 'crash-publish', 'briefing.json'), 'utf8')
		).toBe(before);
		expect((await loadBriefing(fixture.dir, 'crash-publish')).ok).toBe(true);
	});
});
