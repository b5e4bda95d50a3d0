/**
 * Answers for requests no resource handles: an unknown path under /api, or a method other than
 * GET/HEAD. Problem details, like every other error, instead of SvelteKit's HTML or text.
 */
import { notFound, problemResponse, problemTypes } from './problem';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** 405 for anything but GET/HEAD (which SvelteKit routes to GET); OPTIONS says what is allowed. */
export function methodNotAllowed(request: { method: string; url: URL }): Response {
	if (request.method === 'OPTIONS') {
		return new Response(null, { status: 204, headers: { allow: ALLOWED_METHODS } });
	}
	return problemResponse(
		{
			type: problemTypes.methodNotAllowed,
			title: 'Method not allowed',
			status: 405,
			detail: `${request.method} is not supported here; this API is read-only (GET and HEAD).`
		},
		request.url,
		{ allow: ALLOWED_METHODS }
	);
}

/** 404 for a path under /api that names no resource. */
export function unknownPath(url: URL): Response {
	return problemResponse(
		notFound(`There is no API resource at ${url.pathname}; start from /api.`).details,
		url
	);
}
