/**
 * Requests under /api that SvelteKit would answer itself, before the app's hooks and routes see
 * them, with an HTML error page or an empty body: a path that is not valid percent-encoding, and
 * SvelteKit's own `__data.json` suffix. The API promises a problem document (RFC 9457) for every
 * error, so the server answers these first, in the same shape as the API's other problems.
 */

/**
 * @param {string} url the raw request URL (path and query)
 * @returns {{ status: number, body: Record<string, unknown> } | undefined} the problem, if any
 */
export function apiGuardProblem(url) {
	const path = url.split('?')[0] ?? '';
	if (!path.startsWith('/api/') && path !== '/api') return undefined;
	// Shown in `detail` as the client sent it, but never longer than a line.
	const shown = path.length > 200 ? `${path.slice(0, 200)}…` : path;
	try {
		decodeURIComponent(path);
	} catch {
		return {
			status: 400,
			body: {
				type: 'urn:briefmap:problem:invalid-path',
				title: 'Bad request',
				status: 400,
				detail: `The path ${shown} is not valid percent-encoding.`,
				instance: shown
			}
		};
	}
	if (path.endsWith('/__data.json')) {
		return {
			status: 404,
			body: {
				type: 'urn:briefmap:problem:not-found',
				title: 'Not found',
				status: 404,
				detail: `There is no API resource at ${shown}.`,
				instance: shown
			}
		};
	}
	return undefined;
}

/**
 * POST routes whose text/plain bodies SvelteKit's CSRF check would refuse as cross-site form
 * submissions whenever the client sends no Origin of this server (curl, scripts). They compute
 * an answer from the body alone, change nothing and read no cookie, so a cross-site request
 * can do no harm; the server vouches for their origin. Every other route keeps the check.
 */
const COMPUTE_ONLY_POSTS = new Set(['/api/geoparse']);

/**
 * @param {string | undefined} method
 * @param {string} url the raw request URL (path and query)
 * @returns {boolean} whether the request may skip SvelteKit's form CSRF check
 */
export function isComputeOnlyPost(method, url) {
	return method === 'POST' && COMPUTE_ONLY_POSTS.has(url.split('?')[0] ?? '');
}
