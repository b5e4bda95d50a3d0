import { requireBriefing } from '$lib/server/briefing-lookup';
import { firstViewDistances } from '$lib/state/first-view-distances';
import { readExploreUrlState } from '$lib/state/url-state';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, url }) => {
	const briefing = await requireBriefing(params.id);
	const { origin } = readExploreUrlState(url.searchParams);
	return { briefing, distances: firstViewDistances(briefing, origin) };
};
