/**
 * Drafts on disk: `<geodata>/drafts/<id>/` holds `draft.json` (the whole review, what the
 * editor works on) beside the five files of the briefing it would publish, so a draft is
 * checked by the same validation as a published briefing. Every save is atomic and carries the
 * version it edits (`If-Match`); a stale one is refused with 412 and changes nothing.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { draftToFiles, type BriefingFileTexts } from '../../authoring/draft-files';
import { DraftDocumentShape } from '../../authoring/draft-schema';
import { DRAFT_LIMITS, type DraftDocument } from '../../authoring/draft';
import { isBriefingId } from '../../authoring/slug';
import type { BriefingProblem } from '../../briefing/types';
import { BRIEFING_FILES, type BriefingFileKey } from '../briefing-files';
import { loadBriefing } from '../load-briefing';
import { toJsonPath } from '../problems';
import { syncFolder, writeFileAtomic } from './atomic-write';
import { withIdLock } from './id-lock';
import { AuthoringError, badRequest } from './problem';

export const DRAFT_FILE = 'draft.json';

/** Refuses an id that is not a slug, before it is ever part of a path. */
export function assertBriefingId(id: string): void {
	if (!isBriefingId(id)) {
		throw new AuthoringError({
			status: 404,
			title: 'Not found',
			detail: 'A briefing id is lower-case letters, digits and single hyphens.',
			field: 'id'
		});
	}
}

export function draftFolder(root: string, id: string): string {
	assertBriefingId(id);
	return join(root, 'drafts', id);
}

export function briefingFolder(root: string, id: string): string {
	assertBriefingId(id);
	return join(root, 'briefings', id);
}

/** A strong validator over the exact bytes of `draft.json`. */
export function etagOf(bytes: string | Uint8Array): string {
	return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
}

export async function exists(path: string): Promise<boolean> {
	return stat(path).then(
		() => true,
		() => false
	);
}

/**
 * Checks a draft sent by the editor: its shape, that it is the draft of this id, and the limits
 * (article size, number of places). Returns it typed.
 */
export function parseDraft(id: string, body: unknown): DraftDocument {
	const result = v.safeParse(DraftDocumentShape, body);
	if (!result.success) {
		const issue = result.issues[0];
		const keys = (issue.path ?? []).map((item) => item.key as string | number);
		throw badRequest(toJsonPath(keys), `the draft is not well formed: ${issue.message}`);
	}
	const draft = result.output as unknown as DraftDocument;
	if (draft.id !== id) throw badRequest('$.id', `the draft's id must be "${id}"`);
	checkLimits(draft);
	return draft;
}

export function checkLimits(draft: Pick<DraftDocument, 'article' | 'places'>): void {
	const bytes = Buffer.byteLength(draft.article, 'utf8');
	if (bytes > DRAFT_LIMITS.articleBytes) {
		throw new AuthoringError({
			status: 413,
			title: 'Article too large',
			detail: `The article is ${Math.ceil(bytes / 1024)} KB; the limit is ${DRAFT_LIMITS.articleBytes / 1024} KB.`,
			field: 'article'
		});
	}
	if (draft.places.length > DRAFT_LIMITS.places) {
		throw new AuthoringError({
			status: 413,
			title: 'Too many places',
			detail: `The draft has ${draft.places.length} places; the limit is ${DRAFT_LIMITS.places}.`,
			field: 'places'
		});
	}
}

export interface StoredDraft {
	draft: DraftDocument;
	etag: string;
}

export async function readDraft(root: string, id: string): Promise<StoredDraft | undefined> {
	let bytes: Buffer;
	try {
		bytes = await readFile(join(draftFolder(root, id), DRAFT_FILE));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
		throw error;
	}
	return { draft: JSON.parse(bytes.toString('utf8')) as DraftDocument, etag: etagOf(bytes) };
}

/** Writes the briefing files first and `draft.json` last: the draft is what counts. */
async function writeDraftFiles(folder: string, draft: DraftDocument): Promise<string> {
	await mkdir(folder, { recursive: true });
	const files: BriefingFileTexts = draftToFiles(draft);
	for (const key of Object.keys(BRIEFING_FILES) as BriefingFileKey[]) {
		await writeFileAtomic(join(folder, BRIEFING_FILES[key]), files[key]);
	}
	const text = `${JSON.stringify(draft, null, '\t')}\n`;
	await writeFileAtomic(join(folder, DRAFT_FILE), text);
	return etagOf(text);
}

/** Creates a new draft; 409 when one with this id exists. Returns its ETag. */
export function createDraft(root: string, draft: DraftDocument): Promise<string> {
	const folder = draftFolder(root, draft.id);
	checkLimits(draft);
	return withIdLock(draft.id, async () => {
		if (await exists(join(folder, DRAFT_FILE))) {
			throw new AuthoringError({
				status: 409,
				title: 'Draft exists',
				detail: `A draft with the id "${draft.id}" exists already.`,
				field: 'id'
			});
		}
		await mkdir(join(root, 'drafts'), { recursive: true });
		const etag = await writeDraftFiles(folder, draft);
		await syncFolder(join(root, 'drafts'));
		return etag;
	});
}

/**
 * The stored draft a write edits: 404 when there is none, 428/412 when `If-Match` does not name
 * its current version. Call it inside the id's lock, so nothing changes between check and write.
 */
export async function readCurrentDraft(
	root: string,
	id: string,
	ifMatch: string | null
): Promise<StoredDraft> {
	const stored = await readDraft(root, id);
	if (!stored) {
		throw new AuthoringError({
			status: 404,
			title: 'Not found',
			detail: `There is no draft "${id}".`,
			field: 'id'
		});
	}
	assertCurrent(ifMatch, stored.etag);
	return stored;
}

/** 428 without `If-Match`, 412 when it names another version; nothing is written then. */
export function assertCurrent(ifMatch: string | null, current: string): void {
	if (ifMatch === null) {
		throw new AuthoringError({
			status: 428,
			title: 'Version required',
			detail: 'Send the version you edited in If-Match (the ETag you loaded).',
			field: 'If-Match'
		});
	}
	const tags = ifMatch.split(',').map((tag) => tag.trim().replace(/^W\//, ''));
	if (!tags.includes(current) && !tags.includes('*')) {
		throw new AuthoringError({
			status: 412,
			title: 'Draft changed elsewhere',
			detail:
				'Someone saved this draft after you loaded it. Reload to see their version; your last change was not saved.',
			field: 'If-Match',
			currentEtag: current
		});
	}
}

export function saveDraft(
	root: string,
	id: string,
	draft: DraftDocument,
	ifMatch: string | null
): Promise<string> {
	const folder = draftFolder(root, id);
	return withIdLock(id, async () => {
		await readCurrentDraft(root, id, ifMatch);
		return writeDraftFiles(folder, draft);
	});
}

/** The draft's files judged exactly as `npm run geodata:check` judges a briefing. */
export async function checkDraft(root: string, id: string): Promise<BriefingProblem[]> {
	const load = await loadBriefing(root, id, draftFolder(root, id));
	return load.ok ? [] : load.problems;
}
