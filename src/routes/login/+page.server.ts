import { error, fail, redirect } from '@sveltejs/kit';
import { checkEditor, editingEnabled } from '$lib/server/authoring/editors';
import { sameOrigin } from '$lib/server/authoring/guard';
import { endSession, sessionUser, startSession } from '$lib/server/authoring/sessions';
import { recordFailure, recordSuccess, signInDelay } from '$lib/server/authoring/sign-in-limiter';
import type { Actions, PageServerLoad } from './$types';

/** Where to go after signing in: a path of this site only, never another host. */
function safeNext(value: string | null): string {
	return value && /^\/(?!\/)[^\\]*$/.test(value) ? value : '/new';
}

export const load: PageServerLoad = ({ cookies, url }) => {
	if (!editingEnabled()) error(404, { message: 'There is no such page.' });
	return { user: sessionUser(cookies) ?? null, next: safeNext(url.searchParams.get('next')) };
};

export const actions: Actions = {
	signIn: async ({ request, cookies, url, getClientAddress }) => {
		if (!editingEnabled()) error(404, { message: 'There is no such page.' });
		if (!sameOrigin(request, url))
			return fail(403, { user: '', message: 'Sign in from this site’s own page.' });
		const form = await request.formData();
		const user = String(form.get('user') ?? '')
			.trim()
			.slice(0, 64);
		const password = String(form.get('password') ?? '');
		const address = getClientAddress();
		const wait = await signInDelay(address, user);
		if (wait > 0) {
			const minutes = Math.ceil(wait / 60);
			return fail(429, {
				user,
				message: `Too many failed attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`
			});
		}
		if (!user || !password || !(await checkEditor(user, password))) {
			await recordFailure(address, user);
			return fail(401, { user, message: 'That user name and password do not match.' });
		}
		await recordSuccess(address, user);
		startSession(cookies, user, url);
		redirect(303, safeNext(url.searchParams.get('next')));
	},
	signOut: async ({ request, cookies, url }) => {
		if (!editingEnabled()) error(404, { message: 'There is no such page.' });
		if (!sameOrigin(request, url))
			return fail(403, { user: '', message: 'Sign out from this site’s own page.' });
		endSession(cookies);
		redirect(303, '/login');
	}
};
