/**
 * Finds a briefing for a page, or throws the right HTTP error: 404 for an unknown id, 503 with
 * the problems listed for a briefing whose files are broken.
 */
import { error } from '@sveltejs/kit';
import { isId } from '../briefing/ids';
import type { Briefing } from '../briefing/types';
import { getCatalog } from './catalog';

export async function requireBriefing(id: string): Promise<Briefing> {
	if (!isId(id)) error(404, { message: `No briefing has the id “${id}”.` });
	const catalog = await getCatalog();
	const briefing = catalog.briefings.get(id);
	if (briefing) return briefing;
	const problems = catalog.broken.get(id);
	if (problems) {
		const first = problems[0];
		error(503, {
			message: `The briefing “${id}” has ${problems.length} problem(s) in its files and is not served. First: ${first?.file} ${first?.path}: ${first?.message}`
		});
	}
	error(404, { message: `No briefing has the id “${id}”.` });
}
