/**
 * The API: one handler per endpoint, each a function of (catalog, request) → Response. Routes
 * call these with `getCatalog()` and the request; tests call them with a hand-built catalog.
 */
import type { CollectionKind } from './collection-kind';
import { methodNotAllowed, unknownPath } from './method';
import { collectionKinds } from './registry';
import { briefing, briefings } from './resources/briefings';
import { collection } from './resources/collection';
import { collections } from './resources/collections';
import { conformance } from './resources/conformance';
import { feature } from './resources/feature';
import { items } from './resources/items';
import { landing } from './resources/landing';
import { openapi } from './resources/openapi';
import { ResponseCache, responseCache } from '../response-cache';
import { serveResource, type Handler } from './serve';

export interface ApiOptions {
	/** The collection kinds each briefing offers; the registry by default. */
	kinds?: readonly CollectionKind[];
	/** The response cache; a new one of its own by default. */
	cache?: ResponseCache;
}

export interface Api {
	landing: Handler;
	conformance: Handler;
	openapi: Handler;
	collections: Handler;
	collection: Handler;
	items: Handler;
	feature: Handler;
	briefings: Handler;
	briefing: Handler;
	methodNotAllowed: typeof methodNotAllowed;
	unknownPath: typeof unknownPath;
}

/** Builds an API whose responses and features are computed once per data version. */
export function createApi(options: ApiOptions = {}): Api {
	const cache = options.cache ?? new ResponseCache();
	const context = { kinds: options.kinds ?? collectionKinds, cache };
	const serve = (resource: Parameters<typeof serveResource>[0]) =>
		serveResource(resource, context, cache);
	return {
		landing: serve(landing),
		conformance: serve(conformance),
		openapi: serve(openapi),
		collections: serve(collections),
		collection: serve(collection),
		items: serve(items),
		feature: serve(feature),
		briefings: serve(briefings),
		briefing: serve(briefing),
		methodNotAllowed,
		unknownPath
	};
}

/**
 * The instance the routes share, on the process's response cache: the one piece of server
 * state, holding only what the catalog's data determines.
 */
export const api = createApi({ cache: responseCache() });
