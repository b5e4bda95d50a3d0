/**
 * Fuzzing the API handlers with the real seed briefing: thousands of generated requests with
 * broken bboxes, limits, offsets and datetimes, unknown and repeated parameters, hostile and
 * 8 KB ids, and writes. Every answer must keep the contract in `fixtures/fuzz-requests.ts`.
 * `tests/api-fuzz.spec.ts` sends the same kind of requests over HTTP, through SvelteKit's
 * routing and percent-decoding.
 *
 * The seed is fixed so a failure reproduces; set FUZZ_SEED to explore other cases.
 */
import type { RequestEvent } from '@sveltejs/kit';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../catalog';
import { REPO_GEODATA } from '../geodata-fixture';
import { createApi, type Api } from './api';
import { endpoint } from './endpoint';
import {
	contractViolations,
	describeKnown,
	fuzzRequests,
	requestTarget,
	type FuzzRequest,
	type KnownIds
} from './fixtures/fuzz-requests';
import type { Handler } from './serve';

const RUNS = 2_000;
const seed = Number(process.env.FUZZ_SEED ?? 20220716);

let catalog: Catalog;
let api: Api;
let known: KnownIds;

const get = (path: string, params: Record<string, string> = {}) =>
	({ url: new URL(path, 'http://fuzz.local'), params, headers: new Headers() }) as const;

beforeAll(async () => {
	catalog = await loadCatalog(REPO_GEODATA);
	api = createApi();
	const list = await api.collections(catalog, get('/api/collections')).json();
	const collections = await Promise.all(
		list.collections.map(async ({ id }: { id: string }) => {
			const page = await api
				.items(catalog, get(`/api/collections/${id}/items?limit=1000`, { collectionId: id }))
				.json();
			return [id, page.features.map((f: { id: string | number }) => String(f.id))] as const;
		})
	);
	known = describeKnown([...catalog.briefings.keys()], collections);
});

/** Dispatches as the routes do: GET and HEAD to the handler, other methods to the fallback. */
function answer(request: FuzzRequest): Response {
	const url = new URL(requestTarget(request), 'http://fuzz.local');
	if (request.route === 'unknown') return api.unknownPath(url);
	const handler: Handler = api[request.route];
	if (request.method === 'GET' || request.method === 'HEAD') {
		const headers = new Headers();
		if (request.ifNoneMatch !== undefined) headers.set('if-none-match', request.ifNoneMatch);
		return handler(catalog, { url, params: request.params, headers });
	}
	const event = {
		url,
		params: request.params,
		request: new Request(url, { method: request.method, body: request.body })
	} as unknown as RequestEvent;
	return endpoint(handler).fallback(event) as Response;
}

describe('the API under generated requests', () => {
	it(`keeps the contract for ${RUNS} requests`, async () => {
		const before = await api.collections(catalog, get('/api/collections')).text();
		const statuses = new Map<number, number>();
		await fc.assert(
			fc.asyncProperty(fuzzRequests(known), async (request) => {
				const response = answer(request);
				statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
				const observed = {
					status: response.status,
					headers: Object.fromEntries(response.headers),
					body: request.method === 'HEAD' ? null : await response.text()
				};
				expect(contractViolations(request, observed, known), requestTarget(request)).toEqual([]);
			}),
			{ numRuns: RUNS, seed }
		);

		// The generator must reach every kind of answer, or the test would prove little.
		for (const status of [200, 400, 404, 405]) {
			expect(statuses.get(status) ?? 0, `answers with status ${status}`).toBeGreaterThan(RUNS / 50);
		}
		// And the server still answers exactly as before.
		expect(await api.collections(catalog, get('/api/collections')).text()).toBe(before);
	});
});
