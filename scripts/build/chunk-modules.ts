/**
 * A Vite plugin that writes, beside the build's manifest, which source modules went into each
 * JavaScript chunk and how many bytes each contributes (`.vite/chunk-modules.json`). Vite's own
 * manifest names only a chunk's entry module, so it cannot say whether, say, editor code was
 * bundled into a chunk the explore page loads; this file can. The `.vite` folder stays in
 * `.svelte-kit/output` and is not served.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

/** Chunk file name (as in the manifest, e.g. `_app/immutable/chunks/x.js`) → module → bytes. */
export type ChunkModules = Record<string, Record<string, number>>;

export const chunkModulesFile = '.vite/chunk-modules.json';

/** A module id as a short, stable name: relative to the project, without Vite's query. */
export function moduleName(id: string, root: string): string {
	const path = id.replace(/^\0/, '').split('?')[0]!;
	return path.startsWith('/') ? relative(root, path) : path;
}

export function chunkModules(): Plugin {
	let root = process.cwd();
	return {
		name: 'briefmap-chunk-modules',
		apply: 'build',
		configResolved(config) {
			root = config.root;
		},
		generateBundle(_options, bundle) {
			const chunks: ChunkModules = {};
			for (const output of Object.values(bundle)) {
				if (output.type !== 'chunk') continue;
				const modules: Record<string, number> = {};
				for (const [id, info] of Object.entries(output.modules)) {
					const name = moduleName(id, root);
					modules[name] = (modules[name] ?? 0) + info.renderedLength;
				}
				chunks[output.fileName] = modules;
			}
			this.emitFile({
				type: 'asset',
				fileName: chunkModulesFile,
				source: JSON.stringify(chunks, null, '\t')
			});
		}
	};
}
