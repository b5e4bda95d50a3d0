/**
 * The geoparser and gazetteer as the editor uses them: `findPlaces` proposes the places and
 * dates of an article, `searchPlaces` looks a name up for the editor. The gazetteer is loaded
 * once per process (`src/lib/server/gazetteer.ts`); a missing index is answered as 503.
 */
import { geoparse, searchGazetteer } from '../../geoparse';
import type { GeoparseCandidate, GeoparseResult } from '../../authoring/geoparse-result';
import { loadGazetteer } from '../gazetteer';
import { AuthoringError } from './problem';

async function gazetteer(field: string) {
	try {
		return await loadGazetteer();
	} catch (error) {
		console.error(`gazetteer: ${error instanceof Error ? error.message : String(error)}`);
		throw new AuthoringError({
			status: 503,
			title: 'Gazetteer unavailable',
			detail: 'The gazetteer index could not be loaded, so places cannot be found or searched.',
			field
		});
	}
}

export async function findPlaces(
	text: string,
	options: { date?: string }
): Promise<GeoparseResult> {
	return geoparse(text, await gazetteer('article'), options);
}

export async function searchPlaces(query: string, limit: number): Promise<GeoparseCandidate[]> {
	return searchGazetteer(await gazetteer('q'), query, limit);
}
