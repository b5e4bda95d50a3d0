/**
 * The glue between SvelteKit and a handler, so each `+server.ts` is one line: GET reads the
 * catalog and calls the handler; every other method gets a 405 problem (HEAD is answered by
 * GET, as SvelteKit does). A catalog that cannot be read at all is a 503 problem, not an HTML
 * error page.
 */
import type { RequestHandler } from '@sveltejs/kit';
import { getCatalog } from '../catalog';
import { methodNotAllowed } from './method';
import { problemResponse, problemTypes } from './problem';
import type { Handler } from './serve';

export function endpoint(handler: Handler): { GET: RequestHandler; fallback: RequestHandler } {
	return {
		GET: async ({ url, params, request }) => {
			let catalog;
			try {
				catalog = await getCatalog();
			} catch (error) {
				console.error('The geodata catalog could not be loaded:', error);
				return problemResponse(
					{
						type: problemTypes.catalogUnavailable,
						title: 'Data unavailable',
						status: 503,
						detail: 'The geodata folder could not be read; see the server log.'
					},
					url
				);
			}
			return handler(catalog, {
				url,
				params: params as Record<string, string>,
				headers: request.headers
			});
		},
		fallback: ({ request, url }) => methodNotAllowed({ method: request.method, url })
	};
}
