import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { benchRoutesEnabled } from '$lib/server/bench-routes';

// A benchmark baseline, not part of the app: not found unless the benchmark started the server.
export function load() {
	if (!benchRoutesEnabled(env)) error(404, 'Not found');
}
