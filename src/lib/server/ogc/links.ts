/**
 * Link objects, the way OGC API Features navigates: every document says where it is (`self`)
 * and where to go next. Links are absolute and built from the request's origin, so they work
 * behind whatever host name the client used.
 */
import { GEOJSON_TYPE, JSON_TYPE } from './media-types';

export interface Link {
	href: string;
	rel: string;
	type?: string;
	title?: string;
}

/**
 * The API's root URL for this request: `http://host:port/api`. It follows SvelteKit's
 * `url.origin`, which adapter-node takes from `ORIGIN` (or `PROTOCOL_HEADER`/`HOST_HEADER`);
 * without them it assumes https, and clients such as GDAL then follow links they cannot reach.
 */
export function apiRoot(url: URL): string {
	return `${url.origin}/api`;
}

export function collectionUrl(root: string, collectionId: string): string {
	return `${root}/collections/${encodeURIComponent(collectionId)}`;
}

export function itemsUrl(root: string, collectionId: string): string {
	return `${collectionUrl(root, collectionId)}/items`;
}

export function featureUrl(root: string, collectionId: string, featureId: string | number): string {
	return `${itemsUrl(root, collectionId)}/${encodeURIComponent(String(featureId))}`;
}

/** The filters a page of items was asked for, repeated in its paging links. */
export interface ItemsQuery {
	bbox: number[] | null;
	/** The `datetime` text as given: echoed, not re-serialised. */
	datetime: string | null;
	limit: number;
	offset: number;
}

/** The query string for a page; `offset` is left out on the first page. */
export function itemsSearch(query: ItemsQuery): string {
	const search = new URLSearchParams();
	if (query.bbox) search.set('bbox', query.bbox.join(','));
	if (query.datetime !== null) search.set('datetime', query.datetime);
	search.set('limit', String(query.limit));
	if (query.offset > 0) search.set('offset', String(query.offset));
	return search.toString();
}

/**
 * `self`, `next` (while matches remain past this page) and `prev` (after the first page)
 * for a page of items, plus the collection it belongs to.
 */
export function itemsPageLinks(
	root: string,
	collectionId: string,
	query: ItemsQuery,
	numberMatched: number
): Link[] {
	const base = itemsUrl(root, collectionId);
	const page = (offset: number) => `${base}?${itemsSearch({ ...query, offset })}`;
	const links: Link[] = [
		{ href: page(query.offset), rel: 'self', type: GEOJSON_TYPE, title: 'This page' },
		{
			href: collectionUrl(root, collectionId),
			rel: 'collection',
			type: JSON_TYPE,
			title: 'The collection'
		}
	];
	if (query.offset + query.limit < numberMatched) {
		links.push({
			href: page(query.offset + query.limit),
			rel: 'next',
			type: GEOJSON_TYPE,
			title: 'Next page'
		});
	}
	if (query.offset > 0) {
		links.push({
			href: page(Math.max(0, query.offset - query.limit)),
			rel: 'prev',
			type: GEOJSON_TYPE,
			title: 'Previous page'
		});
	}
	return links;
}
