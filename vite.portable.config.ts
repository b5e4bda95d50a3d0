/**
 * Builds the portable shell: the app's own route components (explore, present, presenter)
 * mounted without a server, bundled with MapLibre, its worker, the fonts and the styles into one
 * HTML file (`build/portable/index.html`). `src/lib/server/export/single-file.ts` fills in a
 * briefing's data and basemap and the Content-Security-Policy.
 *
 * Why a second Vite entry and not SvelteKit's own single-file output: `bundleStrategy: 'inline'`
 * needs the hash router and universal `load` functions, and our pages load on the server. Here
 * the same components run with `$app/state` and `$app/navigation` replaced by small stand-ins.
 */
import { defineConfig, type Plugin } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * MapLibre's worker, as the app imports it (`…worker.mjs?url`), becomes a blob: URL made from
 * the worker's source in the page: a file opened from disk cannot start a worker from a file.
 */
function workerFromBlob(): Plugin {
	return {
		name: 'briefmap-maplibre-worker-blob',
		enforce: 'pre',
		load: (id) =>
			/maplibre-gl-worker\.mjs\?url$/.test(id)
				? `import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';
export default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));`
				: null
	};
}

export default defineConfig({
	root: here('src/portable'),
	base: './',
	plugins: [
		workerFromBlob(),
		svelte({ preprocess: vitePreprocess() }),
		viteSingleFile({ removeViteModuleLoader: true })
	],
	resolve: {
		alias: {
			$lib: here('src/lib'),
			'$app/state': here('src/portable/kit/state.ts'),
			'$app/navigation': here('src/portable/kit/navigation.ts')
		}
	},
	build: {
		outDir: here('build/portable'),
		emptyOutDir: true,
		// Fonts and images become data: URLs inside the file.
		assetsInlineLimit: () => true,
		reportCompressedSize: false,
		chunkSizeWarningLimit: 4096
	}
});
