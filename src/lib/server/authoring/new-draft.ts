/** "Find places": a new draft from an article, proposed by the geoparser. */
import { draftFromProposals } from '../../authoring/from-proposals';
import { slugFrom, uniqueId } from '../../authoring/slug';
import { createDraft, exists } from './draft-store';
import { findPlaces } from './find-places';
import type { NewArticleForm } from './new-article';
import { join } from 'node:path';

export async function createDraftFromArticle(
	root: string,
	form: NewArticleForm
): Promise<{ id: string; etag: string }> {
	const result = await findPlaces(form.article, { date: form.date });
	const taken = new Set<string>();
	const base = slugFrom(form.title, 'briefing');
	// A slug is checked against the id pattern by slugFrom; only then does it name folders.
	for (let n = 1; n < 1000; n++) {
		const id = uniqueId(base, (candidate) => taken.has(candidate));
		taken.add(id);
		const used =
			(await exists(join(root, 'drafts', id))) || (await exists(join(root, 'briefings', id)));
		if (used) continue;
		const draft = draftFromProposals({ ...form, id }, result);
		return { id, etag: await createDraft(root, draft) };
	}
	throw new Error(`no free id for "${base}"`);
}
