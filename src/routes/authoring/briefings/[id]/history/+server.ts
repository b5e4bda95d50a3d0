import { json } from '@sveltejs/kit';
import { geodataDir } from '$lib/server/authoring/geodata-dir';
import { requireEditor } from '$lib/server/authoring/guard';
import { answerProblems } from '$lib/server/authoring/problem';
import { listHistory } from '$lib/server/authoring/publishing';
import type { RequestHandler } from './$types';

/** Earlier published versions, newest first. */
export const GET: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		const versions = await listHistory(geodataDir(), event.params.id);
		return json({ versions }, { headers: { 'cache-control': 'no-store' } });
	});
