import type { Handle } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { applySecurityHeaders } from '$lib/server/security-headers';

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// Responses from fetch() or static files can have immutable headers: copy when needed.
	try {
		applySecurityHeaders(response.headers, env.FRAME_ANCESTORS);
		return response;
	} catch {
		const copy = new Response(response.body, response);
		applySecurityHeaders(copy.headers, env.FRAME_ANCESTORS);
		return copy;
	}
};
