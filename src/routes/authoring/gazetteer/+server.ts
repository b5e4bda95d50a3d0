import { json } from '@sveltejs/kit';
import { searchPlaces } from '$lib/server/authoring/find-places';
import { requireEditor } from '$lib/server/authoring/guard';
import { answerProblems, badRequest } from '$lib/server/authoring/problem';
import type { RequestHandler } from './$types';

/** Gazetteer search by name for the editor: `?q=Isfahan`. */
export const GET: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		const query = (event.url.searchParams.get('q') ?? '').trim();
		if (!query || query.length > 200) throw badRequest('q', 'Give a name of 1 to 200 characters.');
		return json(
			{ results: await searchPlaces(query, 10) },
			{ headers: { 'cache-control': 'no-store' } }
		);
	});
