/**
 * A briefing's single HTML file, as the download link serves it: the portable shell built by
 * `npm run build` (build/portable/index.html), the briefing's data, and the basemap cut to its
 * region. Built once per loaded briefing (a reloaded briefing is a new object, so a new file).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Briefing } from '../../briefing/types';
import { cutRegionBasemap } from './region-basemap';
import { buildSingleFile } from './single-file';

/** Where the build leaves the portable shell. */
export const PORTABLE_SHELL_PATH = 'build/portable/index.html';
/** The world archive: in the built client, or in static/ while developing. */
const WORLD_ARCHIVE_PATHS = ['build/client/basemap/world.pmtiles', 'static/basemap/world.pmtiles'];

/** Thrown when the build has not produced what an export needs. */
export class ExportInputMissing extends Error {}

async function readRequired(paths: readonly string[], what: string): Promise<Buffer> {
	const found = paths.map((p) => resolve(p)).find((p) => existsSync(p));
	if (!found)
		throw new ExportInputMissing(`${what} is missing (${paths.join(' or ')}); run npm run build.`);
	return readFile(found);
}

export async function readPortableShell(): Promise<string> {
	return (await readRequired([PORTABLE_SHELL_PATH], 'The portable shell')).toString('utf8');
}

export async function readWorldArchive(): Promise<Uint8Array> {
	return readRequired(WORLD_ARCHIVE_PATHS, 'The basemap archive');
}

/** [lon, lat] of the briefing's point places: the basemap keeps its detail around these. */
export function placePositions(briefing: Briefing): [number, number][] {
	return briefing.places.features.flatMap((place) =>
		place.geometry.type === 'Point'
			? [[place.geometry.coordinates[0], place.geometry.coordinates[1]] as [number, number]]
			: []
	);
}

export async function buildOfflineFile(briefing: Briefing): Promise<string> {
	const [shell, world] = await Promise.all([readPortableShell(), readWorldArchive()]);
	const region = await cutRegionBasemap(world, placePositions(briefing));
	return buildSingleFile(shell, briefing, region.archive);
}

const built = new WeakMap<Briefing, Promise<string>>();

/** The file for a loaded briefing, built on first request and kept while the briefing is. */
export function offlineFile(briefing: Briefing): Promise<string> {
	let file = built.get(briefing);
	if (!file) {
		file = buildOfflineFile(briefing);
		built.set(briefing, file);
		file.catch(() => built.delete(briefing));
	}
	return file;
}
