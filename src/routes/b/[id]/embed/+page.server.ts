import { requireBriefing } from '$lib/server/briefing-lookup';
import { firstViewDistances } from '$lib/state/first-view-distances';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params }) => {
	const briefing = await requireBriefing(params.id);
	// The embed opens on the default launch point; with its distances measured here, the band
	// maths waits until the map has settled, as on the explore page.
	return { briefing, distances: firstViewDistances(briefing, undefined) };
};
