/**
 * Collections: which ones exist in a catalog, how a collection id resolves (or why it does
 * not), and the collection document GIS clients read the extent and links from.
 */
import type { Briefing } from '../../briefing/types';
import type { Catalog } from '../catalog';
import type { CollectionKind, OgcFeature } from './collection-kind';
import { formatInstant, type TimeInterval } from './datetime';
import type { ResponseCache } from '../response-cache';
import { geometryBounds } from './geometry-filter';
import { collectionIdOf, parseCollectionId } from './ids';
import { collectionUrl, itemsUrl, type Link } from './links';
import { GEOJSON_TYPE, JSON_TYPE } from './media-types';
import { briefingUnavailable, notFound } from './problem';

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const GREGORIAN = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';

/** A collection id that named a served briefing and a registered kind. */
export interface ResolvedCollection {
	id: string;
	briefing: Briefing;
	kind: CollectionKind;
	features: readonly OgcFeature[];
}

/** What the collection handlers need besides the catalog: the registry and the cache. */
export interface CollectionContext {
	kinds: readonly CollectionKind[];
	cache: ResponseCache;
}

/** A collection's features, built once per version of its briefing. */
function featuresOf(context: CollectionContext, briefing: Briefing, kind: CollectionKind) {
	return context.cache.derived(briefing.id, briefing, `features:${kind.suffix}`, () =>
		kind.buildFeatures(briefing)
	);
}

/** Every served collection, briefing by briefing, in registry order. */
export function listCollections(
	catalog: Catalog,
	context: CollectionContext
): ResolvedCollection[] {
	return [...catalog.briefings.values()].flatMap((briefing) =>
		context.kinds.map((kind) => ({
			id: collectionIdOf(briefing.id, kind.suffix),
			briefing,
			kind,
			features: featuresOf(context, briefing, kind)
		}))
	);
}

/** Resolves a collection id, or throws 404 (unknown) or 503 (briefing failed validation). */
export function resolveCollection(
	catalog: Catalog,
	collectionId: string,
	context: CollectionContext
): ResolvedCollection {
	const ref = parseCollectionId(collectionId);
	if (!ref) throw notFound(`There is no collection '${collectionId}'.`);
	const briefing = catalog.briefings.get(ref.briefingId);
	if (!briefing) {
		const problems = catalog.broken.get(ref.briefingId);
		if (problems) throw briefingUnavailable(ref.briefingId, problems);
		throw notFound(`There is no collection '${collectionId}': no briefing '${ref.briefingId}'.`);
	}
	const kind = context.kinds.find((candidate) => candidate.suffix === ref.suffix);
	if (!kind) {
		const offered = context.kinds.map((k) => collectionIdOf(briefing.id, k.suffix)).join(', ');
		throw notFound(
			`There is no collection '${collectionId}'; briefing ${briefing.id} offers ${offered}.`
		);
	}
	return { id: collectionId, briefing, kind, features: featuresOf(context, briefing, kind) };
}

export interface CollectionDocument {
	id: string;
	title: string;
	description: string;
	links: Link[];
	extent?: {
		spatial?: { bbox: number[][]; crs: string };
		temporal?: { interval: (string | null)[][]; trs: string };
	};
	itemType: 'feature';
	crs: string[];
	/** Extension: the briefing the collection belongs to. */
	briefingId: string;
}

/** The collection document: links to itself and its items, and the extents of its features. */
export function describeCollection(
	root: string,
	collection: ResolvedCollection
): CollectionDocument {
	const { id, briefing, kind, features } = collection;
	const bounds = geometryBounds(features.map((feature) => feature.geometry));
	const span = kind.timeOf ? temporalSpan(features, kind) : null;
	const extent: CollectionDocument['extent'] = {};
	if (bounds) extent.spatial = { bbox: [bounds], crs: CRS84 };
	if (span) {
		extent.temporal = {
			interval: [[nullable(span.start), nullable(span.end)]],
			trs: GREGORIAN
		};
	}
	return {
		id,
		title: kind.title(briefing),
		description: kind.description(briefing),
		links: [
			{ href: collectionUrl(root, id), rel: 'self', type: JSON_TYPE, title: 'This collection' },
			{ href: itemsUrl(root, id), rel: 'items', type: GEOJSON_TYPE, title: 'Its features' },
			{
				href: `${root}/briefings/${encodeURIComponent(briefing.id)}`,
				rel: 'related',
				type: JSON_TYPE,
				title: 'The whole briefing'
			}
		],
		...(bounds || span ? { extent } : {}),
		itemType: 'feature',
		crs: [CRS84],
		briefingId: briefing.id
	};
}

function nullable(ms: number | null): string | null {
	return ms === null ? null : formatInstant(ms);
}

/** The earliest start and latest end over the dated features, or null when none is dated. */
function temporalSpan(features: readonly OgcFeature[], kind: CollectionKind): TimeInterval | null {
	let span: TimeInterval | null = null;
	for (const feature of features) {
		const time = kind.timeOf?.(feature);
		if (!time) continue;
		span = span
			? {
					start:
						span.start === null || time.start === null ? null : Math.min(span.start, time.start),
					end: span.end === null || time.end === null ? null : Math.max(span.end, time.end)
				}
			: { ...time };
	}
	return span;
}
