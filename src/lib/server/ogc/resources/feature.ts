/** `GET /api/collections/{collectionId}/items/{featureId}`: one feature, with its links. */
import { resolveCollection } from '../collections';
import { isPlausibleId } from '../ids';
import { apiRoot, collectionUrl, featureUrl } from '../links';
import { GEOJSON_TYPE, JSON_TYPE } from '../media-types';
import { assertJsonFormat, assertKnownParams } from '../params';
import { notFound } from '../problem';
import type { Resource } from '../serve';

export const feature: Resource = (catalog, { url, params }, context) => {
	const collection = resolveCollection(catalog, params.collectionId ?? '', context);
	const featureId = params.featureId ?? '';
	const found = isPlausibleId(featureId)
		? collection.features.find((candidate) => String(candidate.id) === featureId)
		: undefined;
	if (!found) {
		throw notFound(`There is no feature '${featureId}' in collection '${collection.id}'.`);
	}
	assertKnownParams(url.searchParams, ['f']);
	assertJsonFormat(url.searchParams);
	const root = apiRoot(url);
	return {
		contentType: GEOJSON_TYPE,
		body: {
			...found,
			links: [
				{
					href: featureUrl(root, collection.id, found.id),
					rel: 'self',
					type: GEOJSON_TYPE,
					title: 'This feature'
				},
				{
					href: collectionUrl(root, collection.id),
					rel: 'collection',
					type: JSON_TYPE,
					title: 'The collection'
				}
			]
		}
	};
};
