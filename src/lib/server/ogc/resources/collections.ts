/** `GET /api/collections`: every served collection, and notices for briefings that are not served. */
import { describeCollection, listCollections } from '../collections';
import { apiRoot } from '../links';
import { JSON_TYPE } from '../media-types';
import { staleNotices, unavailableNotices } from '../notices';
import { assertJsonFormat, assertKnownParams } from '../params';
import type { Resource } from '../serve';

export const collections: Resource = (catalog, { url }, context) => {
	assertKnownParams(url.searchParams, ['f']);
	assertJsonFormat(url.searchParams);
	const root = apiRoot(url);
	return {
		contentType: JSON_TYPE,
		body: {
			links: [
				{ href: `${root}/collections`, rel: 'self', type: JSON_TYPE, title: 'This document' }
			],
			collections: listCollections(catalog, context).map((c) => describeCollection(root, c)),
			notices: [...unavailableNotices(catalog), ...staleNotices(catalog)]
		}
	};
};
