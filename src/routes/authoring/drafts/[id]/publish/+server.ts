import { json } from '@sveltejs/kit';
import { refreshBriefing } from '$lib/server/authoring/catalog-refresh';
import { geodataDir } from '$lib/server/authoring/geodata-dir';
import { requireEditor } from '$lib/server/authoring/guard';
import { answerProblems, problemResponse } from '$lib/server/authoring/problem';
import { publishDraft } from '$lib/server/authoring/publishing';
import type { RequestHandler } from './$types';

/** Publish: refused (422, with every problem) while the draft does not pass the checks. */
export const POST: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		const { id } = event.params;
		const result = await publishDraft(geodataDir(), id, event.request.headers.get('if-match'));
		if (!result.published) {
			return problemResponse({
				status: 422,
				title: 'Not published',
				detail: `The draft has ${result.problems.length} problem(s); fix them and publish again.`,
				field: 'draft',
				problems: result.problems
			});
		}
		const outcome = await refreshBriefing(id);
		return json({
			published: true,
			archived: result.archived,
			served: outcome.state,
			url: `/b/${id}`
		});
	});
