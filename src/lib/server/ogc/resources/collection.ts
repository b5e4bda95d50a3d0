/** `GET /api/collections/{collectionId}`: one collection's description, extents and links. */
import { describeCollection, resolveCollection } from '../collections';
import { apiRoot } from '../links';
import { JSON_TYPE } from '../media-types';
import { assertJsonFormat, assertKnownParams } from '../params';
import type { Resource } from '../serve';

export const collection: Resource = (catalog, { url, params }, context) => {
	const resolved = resolveCollection(catalog, params.collectionId ?? '', context);
	assertKnownParams(url.searchParams, ['f']);
	assertJsonFormat(url.searchParams);
	return { contentType: JSON_TYPE, body: describeCollection(apiRoot(url), resolved) };
};
