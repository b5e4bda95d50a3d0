/**
 * JavaScript the browser downloads, from the production build: gzip size of MapLibre's chunks
 * (library and worker) and of everything else (the app), so the app's own weight is visible
 * beside the library it draws with. A chunk is MapLibre's when every module in it is (the build
 * gives maplibre-gl a chunk of its own; see vite.config.ts), so the app code that Rollup used to
 * put beside it (the PMTiles reader, the basemap style) is counted as the app's.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { isMapLibreChunk, readChunkModules } from './first-view-js';

export interface BundleFigures {
	/** File names of the chunks counted as MapLibre, to classify what the browser downloads. */
	maplibreFiles: Set<string>;
	maplibreGzipBytes: number;
	appGzipBytes: number;
	files: number;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((entry) => {
		const path = join(dir, entry);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

export function measureBundle(clientDir = 'build/client/_app/immutable'): BundleFigures {
	const figures: BundleFigures = {
		maplibreFiles: new Set(),
		maplibreGzipBytes: 0,
		appGzipBytes: 0,
		files: 0
	};
	const chunkModules = readChunkModules();
	for (const path of walk(clientDir)) {
		if (!/\.(m?js)$/.test(path)) continue;
		const source = readFileSync(path);
		const gzipped = gzipSync(source, { level: 9 }).length;
		const modules = Object.keys(chunkModules[path.slice(path.indexOf('_app/'))] ?? {});
		if (isMapLibreChunk(path, modules)) {
			figures.maplibreGzipBytes += gzipped;
			figures.maplibreFiles.add(path.split('/').pop()!);
		} else figures.appGzipBytes += gzipped;
		figures.files++;
	}
	return figures;
}
