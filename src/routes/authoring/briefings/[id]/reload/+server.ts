import { json } from '@sveltejs/kit';
import { refreshBriefing } from '$lib/server/authoring/catalog-refresh';
import { assertBriefingId } from '$lib/server/authoring/draft-store';
import { requireEditor } from '$lib/server/authoring/guard';
import { answerProblems } from '$lib/server/authoring/problem';
import type { RequestHandler } from './$types';

/**
 * Reload on request: re-reads the briefing's files now instead of waiting for the watcher, and
 * says whether the change is served or refused (with its problems).
 */
export const POST: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		assertBriefingId(event.params.id);
		return json(await refreshBriefing(event.params.id), {
			headers: { 'cache-control': 'no-store' }
		});
	});
