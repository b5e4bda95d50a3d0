/**
 * `GET /api/briefings` and `GET /api/briefings/{id}`: not part of OGC API – Features, but what
 * the app's pages need: the list of briefings (with the broken ones and why), and one
 * briefing's whole bundle in a single response.
 */
import type { Briefing } from '../../../briefing/types';
import type { CollectionContext } from '../collections';
import { collectionIdOf, isPlausibleId } from '../ids';
import { apiRoot, collectionUrl, type Link } from '../links';
import { JSON_TYPE } from '../media-types';
import { staleNotices, unavailableNotices } from '../notices';
import { assertJsonFormat, assertKnownParams } from '../params';
import { briefingUnavailable, notFound } from '../problem';
import type { Resource } from '../serve';

function briefingLinks(root: string, briefing: Briefing, context: CollectionContext): Link[] {
	return [
		{
			href: `${root}/briefings/${encodeURIComponent(briefing.id)}`,
			rel: 'self',
			type: JSON_TYPE,
			title: 'The whole briefing'
		},
		...context.kinds.map((kind) => ({
			href: collectionUrl(root, collectionIdOf(briefing.id, kind.suffix)),
			rel: 'collection',
			type: JSON_TYPE,
			title: kind.title(briefing)
		}))
	];
}

export const briefings: Resource = (catalog, { url }, context) => {
	assertKnownParams(url.searchParams, ['f']);
	assertJsonFormat(url.searchParams);
	const root = apiRoot(url);
	return {
		contentType: JSON_TYPE,
		body: {
			links: [{ href: `${root}/briefings`, rel: 'self', type: JSON_TYPE, title: 'This document' }],
			briefings: [...catalog.briefings.values()].map((briefing) => ({
				id: briefing.id,
				title: briefing.meta.title,
				subject: briefing.meta.subject,
				articleDate: briefing.meta.articleDate,
				links: briefingLinks(root, briefing, context)
			})),
			unavailable: unavailableNotices(catalog),
			stale: staleNotices(catalog)
		}
	};
};

export const briefing: Resource = (catalog, { url, params }, context) => {
	const id = params.id ?? '';
	const found = isPlausibleId(id) ? catalog.briefings.get(id) : undefined;
	if (!found) {
		const problems = isPlausibleId(id) ? catalog.broken.get(id) : undefined;
		if (problems) throw briefingUnavailable(id, problems);
		throw notFound(`There is no briefing '${id}'.`);
	}
	assertKnownParams(url.searchParams, ['f']);
	assertJsonFormat(url.searchParams);
	return {
		contentType: JSON_TYPE,
		body: {
			id: found.id,
			meta: found.meta,
			article: found.article,
			places: found.places,
			platforms: found.platforms,
			events: found.events,
			links: briefingLinks(apiRoot(url), found, context)
		}
	};
};
