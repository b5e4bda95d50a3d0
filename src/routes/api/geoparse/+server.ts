/** POST /api/geoparse: the places and dates in a text (see $lib/server/geoparse-endpoint). */
import type { RequestHandler } from '@sveltejs/kit';
import { geoparseMethodNotAllowed, geoparseRequest } from '$lib/server/geoparse-endpoint';

export const POST: RequestHandler = ({ request, url }) => geoparseRequest(request, url);
export const fallback: RequestHandler = ({ request, url }) =>
	geoparseMethodNotAllowed(request, url);
