/**
 * The gate in front of every editing route, checked on the real handlers: every module under
 * `src/routes/authoring` is found by glob, so a route added later is covered without editing
 * this test. Without editors configured each route is 404; a write without a session is 401,
 * from another origin 403; reads of drafts need a session too.
 */
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { makeGeodataFixture } from '../geodata-fixture';
import { startSession } from './sessions';
import { actions as loginActions, load as loginLoad } from '../../../routes/login/+page.server';
import { load as newLoad } from '../../../routes/new/+page.server';
import { load as editLoad } from '../../../routes/b/[id]/edit/+page.server';

type Handler = (event: RequestEvent) => Promise<Response>;
const modules = import.meta.glob<Record<string, Handler>>('/src/routes/authoring/**/+server.ts', {
	eager: true
});

const ORIGIN = 'http://localhost:4000';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** `/src/routes/authoring/drafts/[id]/publish/+server.ts` → `/authoring/drafts/test-id/publish`. */
function pathOf(file: string): string {
	return file.replace('/src/routes', '').replace('/+server.ts', '').replace('[id]', 'test-id');
}

function fakeCookies(jar = new Map<string, string>()): Cookies {
	return {
		get: (name: string) => jar.get(name),
		getAll: () => [...jar].map(([name, value]) => ({ name, value })),
		set: (name: string, value: string) => void jar.set(name, value),
		delete: (name: string) => void jar.delete(name),
		serialize: () => ''
	} as unknown as Cookies;
}

function eventFor(
	method: string,
	path: string,
	options: { origin?: string | null; cookies?: Cookies } = {}
): RequestEvent {
	const url = new URL(path, ORIGIN);
	const headers = new Headers({ 'content-type': 'application/json' });
	const origin = options.origin === undefined ? ORIGIN : options.origin;
	if (origin) headers.set('origin', origin);
	const request = new Request(url, {
		method,
		headers,
		body: WRITES.has(method) ? '{}' : undefined
	});
	return {
		request,
		url,
		params: { id: 'test-id' },
		cookies: options.cookies ?? fakeCookies(),
		getClientAddress: () => '127.0.0.1'
	} as unknown as RequestEvent;
}

const routes = Object.entries(modules).flatMap(([file, module]) =>
	METHODS.filter((method) => typeof module[method] === 'function').map((method) => ({
		method,
		path: pathOf(file),
		handler: module[method] as Handler
	}))
);
const writeRoutes = routes.filter((route) => WRITES.has(route.method));

const fixture = await makeGeodataFixture();
afterAll(() => fixture.cleanup());
beforeAll(() => {
	process.env.GEODATA_DIR = fixture.dir;
});
afterEach(() => {
	delete process.env.EDITOR_PASSWORD;
	delete process.env.EDITORS_FILE;
});

describe('editing routes', () => {
	it('are the ones this test lists', () => {
		expect(writeRoutes.map((r) => `${r.method} ${r.path}`).sort()).toEqual([
			'POST /authoring/briefings/test-id/reload',
			'POST /authoring/briefings/test-id/restore',
			'POST /authoring/drafts',
			'POST /authoring/drafts/test-id/check',
			'POST /authoring/drafts/test-id/publish',
			'PUT /authoring/drafts/test-id'
		]);
	});

	it.each(routes)(
		'$method $path does not exist without editors configured (404)',
		async ({ method, path, handler }) => {
			const response = await handler(eventFor(method, path));
			expect(response.status).toBe(404);
			expect(response.headers.get('content-type')).toBe('application/problem+json');
		}
	);

	it.each(routes)(
		'$method $path needs a signed-in editor (401)',
		async ({ method, path, handler }) => {
			process.env.EDITOR_PASSWORD = 'a shared password for tests';
			const response = await handler(eventFor(method, path));
			expect(response.status).toBe(401);
			expect(await response.json()).toMatchObject({ field: 'session' });
		}
	);

	it.each(writeRoutes)(
		'$method $path refuses another origin, or none, even signed in (403)',
		async ({ method, path, handler }) => {
			process.env.EDITOR_PASSWORD = 'a shared password for tests';
			const cookies = fakeCookies();
			startSession(cookies, 'editor', new URL(ORIGIN));
			for (const origin of ['https://evil.example', null, 'http://localhost:4001']) {
				const response = await handler(eventFor(method, path, { origin, cookies }));
				expect(response.status).toBe(403);
				expect(await response.json()).toMatchObject({ field: 'origin' });
			}
		}
	);

	it('let a signed-in editor through from this origin', async () => {
		process.env.EDITOR_PASSWORD = 'a shared password for tests';
		const cookies = fakeCookies();
		startSession(cookies, 'editor', new URL(ORIGIN));
		const history = routes.find((r) => r.method === 'GET' && r.path.endsWith('/history'))!;
		const response = await history.handler(eventFor('GET', history.path, { cookies }));
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ versions: [] });
	});
});

describe('editing pages', () => {
	const pageEvent = (path: string) =>
		({ url: new URL(path, ORIGIN), params: { id: 'test-id' }, cookies: fakeCookies() }) as never;

	it('do not exist without editors configured (404)', async () => {
		for (const load of [loginLoad, newLoad, editLoad]) {
			await expect(Promise.resolve().then(() => load(pageEvent('/x')))).rejects.toMatchObject({
				status: 404
			});
		}
	});

	it('send a visitor without a session to sign in', async () => {
		process.env.EDITOR_PASSWORD = 'a shared password for tests';
		await expect(Promise.resolve().then(() => newLoad(pageEvent('/new')))).rejects.toMatchObject({
			status: 303,
			location: '/login?next=/new'
		});
	});

	it('refuse a sign-in posted from another origin', async () => {
		process.env.EDITOR_PASSWORD = 'a shared password for tests';
		const form = new URLSearchParams({ user: 'editor', password: 'a shared password for tests' });
		const request = new Request(`${ORIGIN}/login?/signIn`, {
			method: 'POST',
			headers: {
				origin: 'https://evil.example',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: form
		});
		const result = await loginActions.signIn!({
			request,
			url: new URL(request.url),
			cookies: fakeCookies(),
			getClientAddress: () => '10.0.0.1'
		} as never);
		expect(result).toMatchObject({ status: 403 });
	});
});
