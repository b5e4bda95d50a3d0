import { requireBriefing } from '$lib/server/briefing-lookup';
import { invalidParameter, problemResponse } from '$lib/server/ogc/problem';
import { renderStaticMap, type StaticMapTheme } from '$lib/server/static-map';
import type { RequestHandler } from './$types';

const rendered = new WeakMap<object, Map<StaticMapTheme, string>>();

export const GET: RequestHandler = async ({ params, url }) => {
	const theme = url.searchParams.get('theme') ?? 'light';
	if (theme !== 'light' && theme !== 'dark') {
		const problem = invalidParameter('theme', `'${theme}' is not a theme (light or dark)`);
		return problemResponse(problem.details, url);
	}
	const briefing = await requireBriefing(params.id);
	const byTheme = rendered.get(briefing) ?? new Map<StaticMapTheme, string>();
	rendered.set(briefing, byTheme);
	let svg = byTheme.get(theme);
	if (!svg) byTheme.set(theme, (svg = renderStaticMap(briefing, theme)));
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'cache-control': 'public, max-age=0, must-revalidate'
		}
	});
};
