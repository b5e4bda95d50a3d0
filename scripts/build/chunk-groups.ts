/**
 * How the client build groups modules into chunks (Rollup's `manualChunks`).
 *
 * - MapLibre alone: only then can the bundle figures tell the library's bytes from app code.
 * - Svelte's and SvelteKit's runtime together: every page needs most of it.
 * - The small modules (TypeScript and components) that the explore page's first view needs (its
 *   page and its map, followed through static imports) together. Left to Rollup, each set of
 *   pages that shares a few of them gets a chunk of a few hundred bytes: a request each, and gzip
 *   does worse on many small files than on one.
 *
 * The rest is Rollup's: a chunk per set of pages and loaders that share it, so code loaded later
 * (a panel, the static site's tile protocol, the geodesic maths) never rides in a first view.
 * Rollup's own `experimentalMinChunkSize` was tried and dropped: it folded such later code into
 * first-view chunks.
 */
import type { GetManualChunk, ManualChunkMeta } from 'rollup';
import type { Plugin } from 'vite';

/** Entry modules of the explore page's first view, relative to the project. */
const FIRST_VIEW_ROOTS = ['src/routes/b/[id]/+page.svelte', 'src/lib/map/BriefingMap.svelte'];
/** A module this small (source bytes) joins the shared group rather than a chunk of its own. */
const SMALL_MODULE = 3_000;

/**
 * The groups, for the browser's build only: the server loads what it needs from disk, and there
 * one module awaits the import of the panels it renders (src/lib/components/explore-panels.ts).
 */
export function chunkGroups(): Plugin {
	let root = process.cwd();
	return {
		name: 'briefmap-chunk-groups',
		apply: 'build',
		configResolved(config) {
			root = config.root;
		},
		outputOptions(options) {
			if (this.environment.config.consumer !== 'client') return null;
			return { ...options, manualChunks: groupOf(root) };
		}
	};
}

function groupOf(root: string): GetManualChunk {
	let firstViewModel: Set<string> | undefined;
	return (id: string, meta: ManualChunkMeta) => {
		if (id.includes('/node_modules/maplibre-gl/')) return 'maplibre-gl';
		if (isFramework(id)) return 'framework';
		firstViewModel ??= smallFirstViewModules(root, meta);
		return firstViewModel.has(id) ? 'first-view-model' : undefined;
	};
}

function isFramework(id: string): boolean {
	return /\/node_modules\/(svelte|@sveltejs\/kit|devalue)\//.test(id);
}

/** Imports a grouped module may have: the framework, and a component's own styles. */
function isShared(id: string): boolean {
	return isFramework(id) || id.includes('?svelte&type=style');
}

/**
 * Small modules of src/lib that the first view imports, keeping only those whose own
 * imports are all in the set (or the framework): Rollup puts a grouped module's other
 * dependencies into its group too, and one of them may be code the first view does not run.
 */
function smallFirstViewModules(root: string, meta: ManualChunkMeta): Set<string> {
	const reached = staticClosure(
		FIRST_VIEW_ROOTS.map((path) => `${root}/${path}`),
		meta
	);
	const small = new Set(
		[...reached].filter(
			(id) =>
				(id.startsWith(`${root}/src/lib/`) &&
					/\.(ts|svelte)$/.test(id) &&
					(meta.getModuleInfo(id)?.code?.length ?? Infinity) <= SMALL_MODULE) ||
				// Vite's helper for dynamic imports: every page that loads code later needs it.
				id.includes('vite/preload-helper')
		)
	);
	let dropped = true;
	while (dropped) {
		dropped = false;
		for (const id of small) {
			const imports = meta.getModuleInfo(id)?.importedIds ?? [];
			if (imports.every((dependency) => small.has(dependency) || isShared(dependency))) continue;
			small.delete(id);
			dropped = true;
		}
	}
	return small;
}

/** Every module reachable from `roots` through static imports. */
function staticClosure(roots: string[], meta: ManualChunkMeta): Set<string> {
	const seen = new Set<string>();
	const queue = [...roots];
	while (queue.length > 0) {
		const id = queue.pop()!;
		if (seen.has(id)) continue;
		seen.add(id);
		queue.push(...(meta.getModuleInfo(id)?.importedIds ?? []));
	}
	return seen;
}
