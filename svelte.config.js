import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ out: 'build' }),
		// Root-relative asset paths: the same HTML then works at /b/{id} and at /b/{id}/, which is
		// how a static host serves the exported site's index.html files.
		paths: { relative: false },
		// Strict policy: no inline script, no eval, nothing from other hosts. SvelteKit adds a
		// nonce or hash to its own bootstrap script. MapLibre needs workers (blob: for its
		// fallback) and data:/blob: images; `frame-ancestors` is added per deployment in
		// hooks.server.ts from FRAME_ANCESTORS.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self', 'data:'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
