import { json } from '@sveltejs/kit';
import { checkDraft, readDraft } from '$lib/server/authoring/draft-store';
import { geodataDir } from '$lib/server/authoring/geodata-dir';
import { requireEditor } from '$lib/server/authoring/guard';
import { AuthoringError, answerProblems } from '$lib/server/authoring/problem';
import type { RequestHandler } from './$types';

/** Check: the saved draft judged as `npm run geodata:check` judges a briefing. */
export const POST: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		const root = geodataDir();
		if (!(await readDraft(root, event.params.id))) {
			throw new AuthoringError({
				status: 404,
				title: 'Not found',
				detail: 'No such draft.',
				field: 'id'
			});
		}
		return json(
			{ problems: await checkDraft(root, event.params.id) },
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
