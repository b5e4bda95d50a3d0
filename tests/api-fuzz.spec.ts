/**
 * Fuzzing the API over HTTP: the generated requests of `src/lib/server/ogc/fuzz.spec.ts`, sent
 * to the production server, so SvelteKit's routing, percent-decoding, trailing-slash redirects
 * and method dispatch are part of what is tested. Every answer must keep the same contract:
 * no 5xx, the status the request deserves, and every error a problem document naming the
 * parameter, id, path or method at fault. Afterwards the server must still serve the
 * collections exactly as before.
 */
import type { APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import {
	contractViolations,
	describeKnown,
	fuzzRequests,
	requestTarget,
	type FuzzRequest,
	type KnownIds
} from '../src/lib/server/ogc/fixtures/fuzz-requests';
import { expect, test } from './fixtures';

const CASES = 1_500;
const CONCURRENCY = 16;
const seed = Number(process.env.FUZZ_SEED ?? 20220716);
const places = 'iran-drones-2022.places';

/** The ids the server serves, read through the API itself. */
async function knownIds(request: APIRequestContext): Promise<KnownIds> {
	const list = await (await request.get('/api/collections')).json();
	const collections: { id: string; briefingId: string; ids: string[] }[] = await Promise.all(
		list.collections.map(async ({ id, briefingId }: { id: string; briefingId: string }) => {
			const page = await (await request.get(`/api/collections/${id}/items?limit=1000`)).json();
			return { id, briefingId, ids: page.features.map((f: { id: unknown }) => String(f.id)) };
		})
	);
	return describeKnown(
		[...new Set(collections.map((c) => c.briefingId))],
		collections.map((c) => [c.id, c.ids] as const)
	);
}

/** Sends one generated request; returns the final status and what is wrong with the answer. */
async function send(request: APIRequestContext, fuzz: FuzzRequest, known: KnownIds) {
	const headers: Record<string, string> = {};
	if (fuzz.ifNoneMatch !== undefined) headers['if-none-match'] = fuzz.ifNoneMatch;
	if (fuzz.body !== undefined) headers['content-type'] = 'application/json';
	const response = await request.fetch(requestTarget(fuzz, true), {
		method: fuzz.method,
		headers,
		data: fuzz.body,
		maxRedirects: 3
	});
	const observed = {
		status: response.status(),
		headers: response.headers(),
		body: fuzz.method === 'HEAD' ? null : await response.text()
	};
	return { status: observed.status, violations: contractViolations(fuzz, observed, known) };
}

/** The problem-details checks for a hand-written request. */
async function expectProblem(
	response: Awaited<ReturnType<APIRequestContext['get']>>,
	status: number,
	names: string
) {
	expect(response.status()).toBe(status);
	expect(response.headers()['content-type']).toBe('application/problem+json');
	const problem = (await response.json()) as { detail: string };
	expect(problem).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
	expect(problem.detail).toContain(names);
}

test.describe('the API under generated requests over HTTP', () => {
	test(`keeps the contract for ${CASES} requests, then serves as before`, async ({ request }) => {
		const known = await knownIds(request);
		expect(Object.keys(known.features)).toContain(places);
		const before = await request.get('/api/collections');
		const cases = fc.sample(fuzzRequests(known), { numRuns: CASES, seed });

		const failures: string[] = [];
		const statuses = new Map<number, number>();
		for (let i = 0; i < cases.length; i += CONCURRENCY) {
			await Promise.all(
				cases.slice(i, i + CONCURRENCY).map(async (fuzz) => {
					const { status, violations } = await send(request, fuzz, known);
					statuses.set(status, (statuses.get(status) ?? 0) + 1);
					if (violations.length === 0) return;
					const target = requestTarget(fuzz, true);
					failures.push(`${fuzz.method} ${target.slice(0, 300)}: ${violations.join('; ')}`);
				})
			);
		}
		expect(failures.slice(0, 20), `${failures.length} of ${CASES} broke the contract`).toEqual([]);
		for (const status of [200, 400, 404, 405]) {
			expect(statuses.get(status) ?? 0, `answers with ${status}`).toBeGreaterThan(CASES / 50);
		}

		const after = await request.get('/api/collections');
		expect(after.status()).toBe(200);
		expect(after.headers()['etag']).toBe(before.headers()['etag']);
		expect(await after.text()).toBe(await before.text());
	});
});

test.describe('requests only a real server sees', () => {
	const cases: [path: string, status: number, names: string][] = [
		// URL parsers resolve %2e%2e as `..` before sending: the request lands on /api/items.
		['/api/collections/%2e%2e/items', 404, '/api/items'],
		['/api/collections//items', 404, '/api/collections//items'],
		['/api//collections', 404, '/api//collections'],
		['/api/collections/%00/items', 404, '\u0000'],
		['/api/collections/%252e%252e%252f/items', 404, '%2e%2e%2f'],
		['/api/collections/a%2Fb/items', 404, 'a/b'],
		['/api/collections/a%5Cb', 404, 'a\\b'],
		[`/api/collections/${places}/items/%2e%2e%2f%2e%2e%2fpackage.json`, 404, '../../package.json'],
		[`/api/collections/${places}/items?limit=%ZZ`, 400, 'limit'],
		[`/api/collections/${places}/items?x-sveltekit-invalidated=01`, 400, 'x-sveltekit-invalidated'],
		[`/api/collections/${places}/items?=1`, 400, 'empty name'],
		[`/api/collections/${places}/items?bbox=1e999,0,2,1`, 400, 'bbox'],
		[`/api/collections/${places}/items?${'a'.repeat(8_000)}=1`, 400, 'a'.repeat(8_000)]
	];
	for (const [path, status, names] of cases) {
		test(`${status} problem for ${path.slice(0, 100)}`, async ({ request }) => {
			await expectProblem(await request.get(path), status, names);
		});
	}

	test('a trailing slash redirects to the resource', async ({ request }) => {
		const response = await request.get(`/api/collections/${places}/items/`, { maxRedirects: 0 });
		expect(response.status()).toBe(308);
		const followed = await request.get(`/api/collections/${places}/items/?limit=1`);
		expect(followed.status()).toBe(200);
		expect((await followed.json()).numberReturned).toBe(1);
	});

	test('percent-encoded ids decode to the real id', async ({ request }) => {
		const every = [...places].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('');
		const response = await request.get(`/api/collections/${every}/items/kashan%2Dairfield`);
		expect(response.status()).toBe(200);
		expect((await response.json()).id).toBe('kashan-airfield');
	});

	/*
	 * SvelteKit answers some requests before the app's hooks or routes see them. They are 4xx,
	 * never 5xx, but not problem documents. Writes whose content type is a form's are refused
	 * as cross-site form submissions (CSRF protection, kit.csrf); `__route.js` is SvelteKit's
	 * client-router resolution path. Both are left as SvelteKit sends them.
	 */
	test('SvelteKit’s own refusals are 4xx without a stack trace', async ({ request }) => {
		const form = await request.post('/api/collections', { form: { a: '1' } });
		expect(form.status()).toBe(403);
		expect(await form.text()).toMatch(/^Cross-site POST form submissions are forbidden$/);
		const resolution = await request.get('/api/collections/__route.js');
		expect(resolution.status()).toBe(400);
		expect(await resolution.text()).not.toMatch(/\bat \S+ \(|node_modules/);
	});

	/*
	 * For a path under /api that is not valid percent-encoding, or that ends in SvelteKit's
	 * `__data.json`, SvelteKit would answer with its HTML error page or an empty 404; the server
	 * (scripts/serve.js with scripts/api-guard.js) answers with a problem document first.
	 */
	test('malformed percent-encoding under /api is a problem document', async ({ request }) => {
		await expectProblem(await request.get('/api/collections/%E0%A4%A/items'), 400, '/api');
	});

	test('a __data.json suffix under /api is a problem document', async ({ request }) => {
		await expectProblem(await request.get('/api/collections/__data.json'), 404, '/api');
	});
});
