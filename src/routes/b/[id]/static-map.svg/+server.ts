import { requireBriefing } from '$lib/server/briefing-lookup';
import { renderStaticMap } from '$lib/server/static-map';
import type { RequestHandler } from './$types';

const rendered = new WeakMap<object, string>();

export const GET: RequestHandler = async ({ params }) => {
	const briefing = await requireBriefing(params.id);
	let svg = rendered.get(briefing);
	if (!svg) rendered.set(briefing, (svg = renderStaticMap(briefing)));
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=0, must-revalidate'
		}
	});
};
