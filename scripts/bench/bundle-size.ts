/**
 * JavaScript the browser downloads, from the production build: gzip size of MapLibre's chunks
 * (library and worker) and of everything else (the app), so the app's own weight is visible
 * beside the library it draws with.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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

/** True for a chunk that is mostly MapLibre's code (its name, or its telltale identifiers). */
function isMapLibre(path: string, source: string): boolean {
	return /maplibre/i.test(path) || (source.length > 300_000 && source.includes('maplibre'));
}

export function measureBundle(clientDir = 'build/client/_app/immutable'): BundleFigures {
	const figures: BundleFigures = {
		maplibreFiles: new Set(),
		maplibreGzipBytes: 0,
		appGzipBytes: 0,
		files: 0
	};
	for (const path of walk(clientDir)) {
		if (!/\.(m?js)$/.test(path)) continue;
		const source = readFileSync(path);
		const gzipped = gzipSync(source, { level: 9 }).length;
		if (isMapLibre(path, source.toString('utf8'))) {
			figures.maplibreGzipBytes += gzipped;
			figures.maplibreFiles.add(path.split('/').pop()!);
		} else figures.appGzipBytes += gzipped;
		figures.files++;
	}
	return figures;
}
