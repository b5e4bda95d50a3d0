import { json } from '@sveltejs/kit';
import { refreshBriefing } from '$lib/server/authoring/catalog-refresh';
import { geodataDir } from '$lib/server/authoring/geodata-dir';
import { requireEditor } from '$lib/server/authoring/guard';
import { answerProblems, badRequest } from '$lib/server/authoring/problem';
import { restoreVersion } from '$lib/server/authoring/publishing';
import { readJsonBody } from '$lib/server/authoring/request-body';
import type { RequestHandler } from './$types';

/** Restore: an earlier version becomes the published one (the current one joins the history). */
export const POST: RequestHandler = (event) =>
	answerProblems(async () => {
		requireEditor(event);
		const body = await readJsonBody(event.request, 4096);
		const version = (body as { version?: unknown } | null)?.version;
		if (typeof version !== 'string') throw badRequest('version', 'Name the version to restore.');
		const { id } = event.params;
		const result = await restoreVersion(geodataDir(), id, version);
		const outcome = await refreshBriefing(id);
		return json({ restored: version, archived: result.archived, served: outcome.state });
	});
