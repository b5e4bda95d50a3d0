import { json } from '@sveltejs/kit';
import { geodataDir } from '$lib/server/authoring/geodata-dir';
import { parseDraft, readDraft, saveDraft } from '$lib/server/authoring/draft-store';
import { requireEditor } from '$lib/server/authoring/guard';
import { AuthoringError, answerProblems } from '$lib/server/authoring/problem';
import { readJsonBody } from '$lib/server/authoring/request-body';
import type { RequestHandler } from './$types';

/** A draft of 500 places with their candidates and a 200 KB article stays well under this. */
const MAX_BODY = 8 * 1024 * 1024;

export const GET: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		const stored = await readDraft(geodataDir(), event.params.id);
		if (!stored) {
			throw new AuthoringError({
				status: 404,
				title: 'Not found',
				detail: 'No such draft.',
				field: 'id'
			});
		}
		return json(stored.draft, { headers: { etag: stored.etag, 'cache-control': 'no-store' } });
	});

/** Autosave: the whole draft, with the version it edits in If-Match. */
export const PUT: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		const draft = parseDraft(event.params.id, await readJsonBody(event.request, MAX_BODY));
		const etag = await saveDraft(
			geodataDir(),
			event.params.id,
			draft,
			event.request.headers.get('if-match')
		);
		return json({ saved: true }, { headers: { etag, 'cache-control': 'no-store' } });
	});
