import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { chunkModules } from './scripts/build/chunk-modules';

export default defineConfig({
	plugins: [sveltekit(), chunkModules()],
	server: { port: 3000, strictPort: true },
	build: {
		// Terser rather than esbuild: its output of the app's first view gzips about 5% smaller
		// (measured with scripts/bench/first-view-report.ts), for a few seconds more of build time.
		minify: 'terser',
		terserOptions: { compress: { passes: 2 }, module: true },
		rollupOptions: {
			output: {
				// MapLibre in a chunk of its own: only then can the bundle figures tell the library's
				// bytes from the app code that Rollup would otherwise put in the same chunk.
				// Folds chunks of a few hundred bytes (one Svelte helper each) into their neighbours:
				// each costs a request and its headers, and gzip does worse on many small files.
				experimentalMinChunkSize: 8_000,
				manualChunks: (id) =>
					id.includes('/node_modules/maplibre-gl/')
						? 'maplibre-gl'
						: /\/node_modules\/(svelte|@sveltejs\/kit|devalue)\//.test(id)
							? 'framework'
							: undefined
			}
		}
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
