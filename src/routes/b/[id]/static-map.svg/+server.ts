import { requireBriefing } from '$lib/server/briefing-lookup';
import { invalidParameter, problemResponse } from '$lib/server/ogc/problem';
import { ifNoneMatchMatches, requestKey, responseCache } from '$lib/server/response-cache';
import { renderStaticMap } from '$lib/server/static-map';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params, url, request }) => {
	const theme = url.searchParams.get('theme') ?? 'light';
	if (theme !== 'light' && theme !== 'dark') {
		const problem = invalidParameter('theme', `'${theme}' is not a theme (light or dark)`);
		return problemResponse(problem.details, url);
	}
	const briefing = await requireBriefing(params.id);
	const svg = responseCache().getOrCompute({
		key: requestKey(url, request.headers),
		scope: briefing.id,
		source: briefing,
		compute: () => ({
			body: renderStaticMap(briefing, theme),
			contentType: 'image/svg+xml; charset=utf-8'
		})
	});
	const headers = {
		etag: svg.etag,
		'cache-control': 'public, max-age=0, must-revalidate',
		// The picture styles itself with one <style> element; it runs nothing and loads nothing.
		'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'"
	};
	if (ifNoneMatchMatches(request.headers.get('if-none-match'), svg.etag)) {
		return new Response(null, { status: 304, headers });
	}
	return new Response(svg.body, { headers: { ...headers, 'content-type': svg.contentType } });
};
