import { error, redirect } from '@sveltejs/kit';
import { draftFromBriefing } from '$lib/authoring/draft-files';
import { refusedChange } from '$lib/server/authoring/catalog-refresh';
import { createDraft, readDraft } from '$lib/server/authoring/draft-store';
import { editingEnabled } from '$lib/server/authoring/editors';
import { geodataDir } from '$lib/server/authoring/geodata-dir';
import { AuthoringError } from '$lib/server/authoring/problem';
import { listHistory } from '$lib/server/authoring/publishing';
import { sessionUser } from '$lib/server/authoring/sessions';
import { isBriefingId } from '$lib/authoring/slug';
import { getCatalog } from '$lib/server/catalog';
import type { PageServerLoad } from './$types';

/** The review: the draft of this id, or a new draft of the published briefing. */
export const load: PageServerLoad = async ({ cookies, params }) => {
	if (!editingEnabled() || !isBriefingId(params.id))
		error(404, { message: 'There is no such page.' });
	const user = sessionUser(cookies);
	if (!user) redirect(303, `/login?next=${encodeURIComponent(`/b/${params.id}/edit`)}`);
	const root = geodataDir();
	let stored = await readDraft(root, params.id);
	if (!stored) {
		const published = (await getCatalog()).briefings.get(params.id);
		if (!published) error(404, { message: `No briefing or draft has the id “${params.id}”.` });
		try {
			await createDraft(root, draftFromBriefing(published));
		} catch (failure) {
			// Two tabs opening the same briefing at once: the other one created it.
			if (!(failure instanceof AuthoringError && failure.problem.status === 409)) throw failure;
		}
		stored = await readDraft(root, params.id);
		if (!stored) error(500, { message: 'The draft could not be created.' });
	}
	return {
		user,
		draft: stored.draft,
		etag: stored.etag,
		versions: await listHistory(root, params.id),
		refusedChange: await refusedChange(params.id)
	};
};
