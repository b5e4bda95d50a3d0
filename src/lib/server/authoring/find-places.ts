/**
 * The geoparser and gazetteer as the editor uses them: `findPlaces` proposes the places and
 * dates of an article, `searchPlaces` looks a name up for the editor.
 *
 * The geoparser (`src/lib/geoparse`, gazetteer in `src/lib/server/gazetteer.ts`) is not yet part
 * of this build: until it is, both answer 503 saying so, and these two functions are the only
 * place that changes when it arrives.
 */
import type { GeoparseCandidate, GeoparseResult } from '../../authoring/geoparse-result';
import { AuthoringError } from './problem';

function unavailable(field: string): AuthoringError {
	return new AuthoringError({
		status: 503,
		title: 'Geoparser unavailable',
		detail: 'This build does not include the geoparser, so places cannot be found or searched.',
		field
	});
}

export async function findPlaces(
	_text: string,
	_options: { date?: string }
): Promise<GeoparseResult> {
	throw unavailable('article');
}

export async function searchPlaces(_query: string, _limit: number): Promise<GeoparseCandidate[]> {
	throw unavailable('q');
}
