/**
 * `GET /api/collections/{collectionId}/items`: a page of features, filtered by `bbox` and
 * `datetime`, paged by `limit` and `offset`, with the counts and links OGC clients page by.
 */
import { parseBbox } from '../bbox';
import { resolveCollection } from '../collections';
import { intervalsIntersect, parseDatetime } from '../datetime';
import { geometryIntersects } from '../geometry-filter';
import { apiRoot, itemsPageLinks } from '../links';
import { GEOJSON_TYPE } from '../media-types';
import { assertJsonFormat, assertKnownParams, parseLimit, parseOffset } from '../params';
import type { Resource } from '../serve';

export const ITEMS_PARAMS = ['f', 'bbox', 'datetime', 'limit', 'offset'] as const;

export const items: Resource = (catalog, { url, params }, context) => {
	const { id, kind, features } = resolveCollection(catalog, params.collectionId ?? '', context);
	const search = url.searchParams;
	assertKnownParams(search, ITEMS_PARAMS);
	assertJsonFormat(search);
	const limit = parseLimit(search);
	const offset = parseOffset(search);
	const bbox = parseBbox(search);
	const datetime = parseDatetime(search);
	const timeOf = kind.timeOf;

	const matched = features.filter((feature) => {
		if (bbox && !geometryIntersects(feature.geometry, bbox.boxes)) return false;
		if (datetime && timeOf) {
			const time = timeOf(feature);
			if (!time || !intervalsIntersect(time, datetime)) return false;
		}
		return true;
	});
	const page = matched.slice(offset, offset + limit);
	const query = { bbox: bbox?.values ?? null, datetime: search.get('datetime'), limit, offset };
	return {
		contentType: GEOJSON_TYPE,
		body: {
			type: 'FeatureCollection',
			features: page,
			numberMatched: matched.length,
			numberReturned: page.length,
			timeStamp: new Date().toISOString(),
			links: itemsPageLinks(apiRoot(url), id, query, matched.length)
		}
	};
};
