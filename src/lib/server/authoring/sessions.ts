/**
 * Editor sessions: a random token in an HttpOnly, SameSite=Strict cookie, mapped in memory to
 * the editor's name. Kept in memory on purpose: editing runs on one authoring server, and a
 * restart simply asks editors to sign in again. The store is the one piece of mutable server
 * state, held on `globalThis` so every module bundle of the process shares it.
 */
import { randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

export const SESSION_COOKIE = 'briefmap_editor';
const SESSION_HOURS = 12;

interface Session {
	user: string;
	expiresAt: number;
}

const STORE_KEY = Symbol.for('briefmap.editor-sessions');

function store(): Map<string, Session> {
	const registry = globalThis as typeof globalThis & { [STORE_KEY]?: Map<string, Session> };
	return (registry[STORE_KEY] ??= new Map());
}

/** Starts a session and sets its cookie; `Secure` when the site is served over https. */
export function startSession(cookies: Cookies, user: string, url: URL): void {
	const token = randomBytes(32).toString('base64url');
	store().set(token, { user, expiresAt: Date.now() + SESSION_HOURS * 3600_000 });
	cookies.set(SESSION_COOKIE, token, {
		path: '/',
		httpOnly: true,
		sameSite: 'strict',
		secure: url.protocol === 'https:',
		maxAge: SESSION_HOURS * 3600
	});
}

/** The signed-in editor's name, or `undefined`. */
export function sessionUser(cookies: Cookies): string | undefined {
	const token = cookies.get(SESSION_COOKIE);
	if (!token) return undefined;
	const session = store().get(token);
	if (!session) return undefined;
	if (session.expiresAt < Date.now()) {
		store().delete(token);
		return undefined;
	}
	return session.user;
}

export function endSession(cookies: Cookies): void {
	const token = cookies.get(SESSION_COOKIE);
	if (token) store().delete(token);
	cookies.delete(SESSION_COOKIE, { path: '/' });
}
