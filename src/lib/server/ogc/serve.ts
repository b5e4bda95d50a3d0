/**
 * Turns a resource (catalog + request → JSON body) into a request handler: kept in the response
 * cache per briefing and data version, with ETag, Cache-Control and 304, and every thrown `ApiProblem` as problem
 * details. Anything else thrown is a server fault: logged, answered with a bare 500 problem,
 * never with the error's message or stack.
 */
import type { Catalog } from '../catalog';
import type { CollectionContext } from './collections';
import { ApiProblem, problemResponse, problemTypes } from './problem';
import {
	CATALOG_WIDE,
	ifNoneMatchMatches,
	requestKey,
	type ResponseCache
} from '../response-cache';
import { parseCollectionId } from './ids';

/** The parts of a request the API reads. */
export interface ApiRequest {
	url: URL;
	headers: Headers;
	/** Route parameters, already percent-decoded (as SvelteKit gives them). */
	params: Record<string, string>;
}

/** A successful response before serialisation. */
export interface Representation {
	body: unknown;
	contentType: string;
}

/** A pure description of one endpoint; throws `ApiProblem` for anything it cannot answer. */
export type Resource = (
	catalog: Catalog,
	request: ApiRequest,
	context: CollectionContext
) => Representation;

/** What a route calls: everything it needs is in the arguments. */
export type Handler = (catalog: Catalog, request: ApiRequest) => Response;

/** Revalidate every time: cheap thanks to the ETag, and never stale after the data changes. */
export const CACHE_CONTROL = 'public, max-age=0, must-revalidate';

/**
 * The briefing a request's response is computed from (and its data), or the whole catalog for
 * documents that are not about one briefing.
 */
function scopeOf(
	catalog: Catalog,
	params: Record<string, string>
): { scope: string; source: object } {
	const id = params.collectionId ? parseCollectionId(params.collectionId)?.briefingId : params.id;
	const briefing = id === undefined ? undefined : catalog.briefings.get(id);
	return id !== undefined && briefing
		? { scope: id, source: briefing }
		: { scope: CATALOG_WIDE, source: catalog };
}

export function serveResource(
	resource: Resource,
	context: CollectionContext,
	cache: ResponseCache
): Handler {
	return (catalog, request) => {
		try {
			const entry = cache.getOrCompute({
				key: requestKey(request.url, request.headers),
				...scopeOf(catalog, request.params),
				compute: () => resource(catalog, request, context)
			});
			const headers = new Headers({ etag: entry.etag, 'cache-control': CACHE_CONTROL });
			if (ifNoneMatchMatches(request.headers.get('if-none-match'), entry.etag)) {
				return new Response(null, { status: 304, headers });
			}
			headers.set('content-type', entry.contentType);
			return new Response(entry.body, { status: 200, headers });
		} catch (error) {
			if (error instanceof ApiProblem) return problemResponse(error.details, request.url);
			console.error(`API error on ${request.url.pathname}:`, error);
			return problemResponse(
				{
					type: problemTypes.internal,
					title: 'Internal server error',
					status: 500,
					detail: 'The server failed to build this response; the error has been logged.'
				},
				request.url
			);
		}
	};
}
