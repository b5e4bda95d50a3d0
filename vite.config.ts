import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { chunkModules } from './scripts/build/chunk-modules';
import { chunkGroups } from './scripts/build/chunk-groups';

export default defineConfig({
	plugins: [sveltekit(), chunkModules(), chunkGroups()],
	server: { port: 3000, strictPort: true },
	build: {
		// Terser rather than esbuild: its output of the app's first view gzips about 5% smaller
		// (measured with scripts/bench/first-view-report.ts), for a few seconds more of build time.
		minify: 'terser',
		terserOptions: { compress: { passes: 2 }, module: true }
	},
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
