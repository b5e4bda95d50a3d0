import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 3000, strictPort: true },
	test: {
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Property-based and subprocess tests take seconds on a loaded 2-core machine; the default
		// 5 s would fail them for the machine's load, not for what they check.
		testTimeout: 30_000,
		globalSetup: ['scripts/gazetteer/vitest-setup.ts'],
		expect: { requireAssertions: true }
	}
});
