/**
 * The gate in front of every editing route. Without editors configured the route does not
 * exist (404). A write must come from this site (Origin check, 403) and from a signed-in
 * editor (401); reads need the session too, since drafts are not public.
 */
import type { RequestEvent } from '@sveltejs/kit';
import { editingEnabled } from './editors';
import { AuthoringError } from './problem';
import { sessionUser } from './sessions';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Whether the request comes from a page of this site. Browsers send `Origin` on every
 * cross-site request and on same-origin POST/PUT/DELETE; a write without one is refused too.
 */
export function sameOrigin(request: Request, url: URL): boolean {
	return request.headers.get('origin') === url.origin;
}

/** Throws 404 when editing is off (the route then does not exist). */
export function requireEditingEnabled(): void {
	if (!editingEnabled()) {
		throw new AuthoringError({ status: 404, title: 'Not found', detail: 'There is no such page.' });
	}
}

/** The signed-in editor's name, or an `AuthoringError` (404 / 403 / 401) to answer with. */
export function requireEditor(event: Pick<RequestEvent, 'request' | 'url' | 'cookies'>): string {
	requireEditingEnabled();
	if (WRITE_METHODS.has(event.request.method) && !sameOrigin(event.request, event.url)) {
		throw new AuthoringError({
			status: 403,
			title: 'Forbidden',
			detail:
				'This change was not sent from a page of this site (Origin header missing or different).',
			field: 'origin'
		});
	}
	const user = sessionUser(event.cookies);
	if (!user) {
		throw new AuthoringError({
			status: 401,
			title: 'Sign-in required',
			detail: 'Sign in as an editor at /login first.',
			field: 'session'
		});
	}
	return user;
}
