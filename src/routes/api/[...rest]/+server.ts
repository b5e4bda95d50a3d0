/** Any other path under /api: a 404 problem instead of the HTML error page. */
import type { RequestHandler } from '@sveltejs/kit';
import { api } from '$lib/server/ogc/api';

export const fallback: RequestHandler = ({ url }) => api.unknownPath(url);
