/**
 * Ids for new briefings, places and events: URL-safe slugs made from their names. Briefing ids
 * become folder names, so they are checked against the id pattern before any path is built.
 */
import slugify from '@sindresorhus/slugify';
import { ID_MAX_LENGTH, isId } from '../briefing/ids';

/** Longest id made from a name, leaving room for a `-2` suffix within the id limit. */
const MAX_ID_LENGTH = ID_MAX_LENGTH - 8;

/** A slug of `name`, or `fallback` when the name has no letters or digits to make one from. */
export function slugFrom(name: string, fallback: string): string {
	const slug = slugify(name.slice(0, 200)).slice(0, MAX_ID_LENGTH).replace(/-+$/, '');
	return isId(slug) ? slug : fallback;
}

/** `base`, or `base-2`, `base-3`, … : the first that `taken` does not hold. */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
	if (!taken(base)) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}`;
		if (!taken(candidate)) return candidate;
	}
}

/** Whether `id` may name a briefing folder: the one id rule of the data model. */
export function isBriefingId(id: string): boolean {
	return isId(id);
}
