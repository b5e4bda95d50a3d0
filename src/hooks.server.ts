import type { Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { fastLane, isFastLaneCandidate } from '$lib/server/fast-lane';
import { applySecurityHeaders } from '$lib/server/security-headers';

export const handle: Handle = async ({ event, resolve }) => {
	let response = await resolve(event);
	// Responses from fetch() or static files can have immutable headers: copy when needed.
	try {
		applySecurityHeaders(response.headers, env.FRAME_ANCESTORS);
	} catch {
		response = new Response(response.body, response);
		applySecurityHeaders(response.headers, env.FRAME_ANCESTORS);
	}
	if (isFastLaneCandidate(event.request.method, event.url)) {
		await fastLane().publish(event.url, response);
	}
	return response;
};
