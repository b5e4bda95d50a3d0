/**
 * The production server: SvelteKit's adapter-node handler, with the response cache in front
 * (src/lib/server/response-cache.ts): a GET whose response SvelteKit has computed and sent once
 * is answered from memory. Listens on PORT (default 3000) and HOST (default 0.0.0.0).
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { apiGuardProblem, isComputeOnlyPost } from './api-guard.js';

const { handler } = await import(pathToFileURL(join(process.cwd(), 'build/handler.js')).href);
// Registered by the SvelteKit bundle on first use; see responseCache() in response-cache.ts.
const cacheKey = Symbol.for('briefmap.response-cache');

/**
 * Headers for every response, static files included: sirv serves those before SvelteKit's
 * hooks run, so they would otherwise go out without them. SvelteKit's own responses set their
 * full set (hooks.server.ts) on top.
 */
function setBaselineHeaders(request, response) {
	response.setHeader('x-content-type-options', 'nosniff');
	response.setHeader('referrer-policy', 'no-referrer');
	response.setHeader('cross-origin-resource-policy', 'same-origin');
	// sirv does not know the PMTiles extension and would send an empty Content-Type.
	if (request.url?.split('?')[0].endsWith('.pmtiles')) {
		response.setHeader('content-type', 'application/vnd.pmtiles');
	}
}

const server = createServer((request, response) => {
	/** @type {{ serve: (req: unknown, res: unknown) => boolean } | undefined} */
	const cache = /** @type {any} */ (globalThis)[cacheKey];
	if (cache?.serve(request, response)) return;
	setBaselineHeaders(request, response);
	const problem = apiGuardProblem(request.url ?? '');
	if (problem) {
		response.writeHead(problem.status, {
			'content-type': 'application/problem+json',
			'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
			'cache-control': 'no-store'
		});
		response.end(JSON.stringify(problem.body));
		return;
	}
	if (isComputeOnlyPost(request.method, request.url ?? '')) {
		request.headers.origin = process.env.ORIGIN ?? `http://${request.headers.host}`;
	}
	handler(request, response, () => {
		response.statusCode = 404;
		response.end('Not found');
	});
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => console.log(`briefmap on http://localhost:${port}`));

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
