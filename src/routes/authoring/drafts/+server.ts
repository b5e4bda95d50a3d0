import { json } from '@sveltejs/kit';
import { geodataDir } from '$lib/server/authoring/geodata-dir';
import { requireEditor } from '$lib/server/authoring/guard';
import { parseNewArticle } from '$lib/server/authoring/new-article';
import { createDraftFromArticle } from '$lib/server/authoring/new-draft';
import { answerProblems } from '$lib/server/authoring/problem';
import { readJsonBody } from '$lib/server/authoring/request-body';
import type { RequestHandler } from './$types';

/** The article plus its fields, with room for JSON escaping of a 200 KB article. */
const MAX_BODY = 1024 * 1024;

/** Find places: runs the geoparser on the article and creates a draft of its proposals. */
export const POST: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		const form = parseNewArticle(await readJsonBody(event.request, MAX_BODY));
		const { id, etag } = await createDraftFromArticle(geodataDir(), form);
		const location = `/b/${id}/edit`;
		return json({ id, location }, { status: 201, headers: { etag, location } });
	});
