import { requireBriefing } from '$lib/server/briefing-lookup';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	return { briefing: await requireBriefing(params.id) };
};
