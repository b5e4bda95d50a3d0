import type { Handle, ServerInit } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { benchRoutesEnabled } from '$lib/server/bench-routes';
import { requestKey, responseCache } from '$lib/server/response-cache';
import { applySecurityHeaders } from '$lib/server/security-headers';
import { startAuthoring } from '$lib/server/authoring/start';

/** Finishes interrupted publishes and starts watching the briefings folder for hand edits. */
export const init: ServerInit = startAuthoring;

/** Only the embed may be framed, and only by the origins FRAME_ANCESTORS names. */
const embedRoute = /^\/b\/[^/]+\/embed\/?$/;

export const handle: Handle = async ({ event, resolve }) => {
	// Benchmark baselines are client-rendered pages, so no server load could refuse them.
	const hidden = event.url.pathname.startsWith('/bench/') && !benchRoutesEnabled(env);
	let response = hidden ? new Response('Not found', { status: 404 }) : await resolve(event);
	const frameAncestors = embedRoute.test(event.url.pathname) ? env.FRAME_ANCESTORS : undefined;
	// Responses from fetch() or static files can have immutable headers: copy when needed.
	try {
		applySecurityHeaders(response.headers, frameAncestors);
	} catch {
		response = new Response(response.body, response);
		applySecurityHeaders(response.headers, frameAncestors);
	}
	// A cached response, now with all its headers, can be sent again by the Node server alone.
	if (event.request.method === 'GET') {
		responseCache().recordSent(requestKey(event.url, event.request.headers), response);
	}
	return response;
};
