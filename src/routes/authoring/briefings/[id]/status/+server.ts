import { json } from '@sveltejs/kit';
import { getCatalog } from '$lib/server/catalog';
import { refusedChange } from '$lib/server/authoring/catalog-refresh';
import { assertBriefingId } from '$lib/server/authoring/draft-store';
import { requireEditor } from '$lib/server/authoring/guard';
import { answerProblems } from '$lib/server/authoring/problem';
import type { RequestHandler } from './$types';

/** Whether the briefing is served, and what is wrong with a refused change to its files. */
export const GET: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		const { id } = event.params;
		assertBriefingId(id);
		const catalog = await getCatalog();
		return json(
			{
				served: catalog.briefings.has(id),
				problems: catalog.broken.get(id) ?? [],
				refusedChange: await refusedChange(id)
			},
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
