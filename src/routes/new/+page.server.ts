import { error, redirect } from '@sveltejs/kit';
import { editingEnabled } from '$lib/server/authoring/editors';
import { sessionUser } from '$lib/server/authoring/sessions';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ cookies }) => {
	if (!editingEnabled()) error(404, { message: 'There is no such page.' });
	const user = sessionUser(cookies);
	if (!user) redirect(303, '/login?next=/new');
	return { user };
};
