/**
 * The collection registry: every kind of collection each briefing offers, in the order they
 * are listed. To add a layer (range rings, countries), write a `CollectionKind` in `kinds/`
 * and add it here; routes, links, paging, filters and caching follow from this list.
 */
import type { CollectionKind } from './collection-kind';
import { countriesKind } from './kinds/countries';
import { eventsKind } from './kinds/events';
import { placesKind } from './kinds/places';
import { rangeRingsKind } from './kinds/range-rings';

export const collectionKinds: readonly CollectionKind[] = [
	placesKind,
	eventsKind,
	rangeRingsKind,
	countriesKind
];

export function findKind(
	suffix: string,
	kinds: readonly CollectionKind[] = collectionKinds
): CollectionKind | undefined {
	return kinds.find((kind) => kind.suffix === suffix);
}
