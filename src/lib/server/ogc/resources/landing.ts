/** `GET /api`: the landing page, the entry point OGC API clients start from. */
import { staleNotices, unavailableNotices } from '../notices';
import { apiRoot } from '../links';
import { JSON_TYPE, OPENAPI_TYPE } from '../media-types';
import { assertJsonFormat, assertKnownParams } from '../params';
import type { Resource } from '../serve';

export const landing: Resource = (catalog, { url }) => {
	assertKnownParams(url.searchParams, ['f']);
	assertJsonFormat(url.searchParams);
	const root = apiRoot(url);
	return {
		contentType: JSON_TYPE,
		body: {
			title: 'briefmap',
			description:
				'Map briefings built from news articles: places, events and layers as OGC API – Features collections.',
			links: [
				{ href: root, rel: 'self', type: JSON_TYPE, title: 'This document' },
				{
					href: `${root}/openapi`,
					rel: 'service-desc',
					type: OPENAPI_TYPE,
					title: 'The API definition'
				},
				{
					href: `${root}/conformance`,
					rel: 'conformance',
					type: JSON_TYPE,
					title: 'Conformance classes'
				},
				{ href: `${root}/collections`, rel: 'data', type: JSON_TYPE, title: 'Collections' },
				{ href: `${root}/briefings`, rel: 'related', type: JSON_TYPE, title: 'Briefings' }
			],
			notices: [...unavailableNotices(catalog), ...staleNotices(catalog)]
		}
	};
};
