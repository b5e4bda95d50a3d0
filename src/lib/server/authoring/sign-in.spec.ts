import type { Cookies } from '@sveltejs/kit';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { actions } from '../../../routes/login/+page.server';
import { checkEditor, parseEditorsFile } from './editors';
import { hashPassword, verifyPassword } from './passwords';
import { SESSION_COOKIE, sessionUser } from './sessions';

const ORIGIN = 'http://localhost:4000';

function jar() {
	const values = new Map<string, string>();
	const options = new Map<string, Record<string, unknown>>();
	const cookies = {
		get: (name: string) => values.get(name),
		set: (name: string, value: string, opts: Record<string, unknown>) => {
			values.set(name, value);
			options.set(name, opts);
		},
		delete: (name: string) => void values.delete(name)
	} as unknown as Cookies;
	return { cookies, options };
}

async function signIn(
	user: string,
	password: string,
	address: string,
	cookies = jar().cookies,
	origin = ORIGIN
) {
	const request = new Request(`${origin}/login?/signIn`, {
		method: 'POST',
		headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ user, password })
	});
	try {
		return await actions.signIn!({
			request,
			url: new URL(request.url),
			cookies,
			getClientAddress: () => address
		} as never);
	} catch (thrown) {
		return thrown; // redirect() throws
	}
}

afterEach(() => {
	delete process.env.EDITOR_PASSWORD;
	delete process.env.EDITORS_FILE;
});

describe('passwords', () => {
	it('verify against their scrypt hash only', async () => {
		const hash = await hashPassword('tr0ub4dor & 3');
		expect(hash).toMatch(/^scrypt\$16384\$8\$1\$/);
		expect(await verifyPassword('tr0ub4dor & 3', hash)).toBe(true);
		expect(await verifyPassword('tr0ub4dor & 4', hash)).toBe(false);
		expect(await verifyPassword('x', 'scrypt$1$1$1$bad$bad')).toBe(false);
	});
});

describe('the editors file', () => {
	it('signs in its users, read afresh on every attempt', async () => {
		const file = join(await mkdtemp(join(tmpdir(), 'briefmap-editors-')), 'editors.txt');
		await writeFile(file, `# editors\nalice ${await hashPassword('alice password 1')}\n`);
		process.env.EDITORS_FILE = file;
		expect(await checkEditor('alice', 'alice password 1')).toBe(true);
		expect(await checkEditor('bob', 'bob password 22')).toBe(false);
		await writeFile(
			file,
			`alice ${await hashPassword('alice password 1')}\nbob ${await hashPassword('bob password 22')}\n`
		);
		expect(await checkEditor('bob', 'bob password 22')).toBe(true);
	});

	it('skips malformed lines', () => {
		expect([...parseEditorsFile('bad name here\n\nok scrypt$x\n# c\n').keys()]).toEqual(['ok']);
	});
});

describe('signing in at /login', () => {
	it('with EDITOR_PASSWORD, as "editor": sets an HttpOnly SameSite=Strict session cookie', async () => {
		process.env.EDITOR_PASSWORD = 'shared password for tests';
		const { cookies, options } = jar();
		const result = await signIn('editor', 'shared password for tests', '10.1.0.1', cookies);
		expect(result).toMatchObject({ status: 303, location: '/new' });
		expect(options.get(SESSION_COOKIE)).toMatchObject({
			httpOnly: true,
			sameSite: 'strict',
			secure: false,
			path: '/'
		});
		expect(sessionUser(cookies)).toBe('editor');
	});

	it('marks the cookie Secure behind https', async () => {
		process.env.EDITOR_PASSWORD = 'shared password for tests';
		const { cookies, options } = jar();
		await signIn(
			'editor',
			'shared password for tests',
			'10.1.0.2',
			cookies,
			'https://briefs.example'
		);
		expect(options.get(SESSION_COOKIE)).toMatchObject({ secure: true });
	});

	it('refuses a wrong password (401) and, after five failures, every attempt for a while (429)', async () => {
		process.env.EDITOR_PASSWORD = 'shared password for tests';
		for (let i = 0; i < 5; i++) {
			expect(await signIn('editor', `guess ${i}`, '10.2.0.1')).toMatchObject({ status: 401 });
		}
		const blocked = await signIn('editor', 'shared password for tests', '10.2.0.1');
		expect(blocked).toMatchObject({
			status: 429,
			data: { message: expect.stringMatching(/Try again in 15 minutes/) }
		});
	});
});
