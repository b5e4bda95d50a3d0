/**
 * Ids in paths. Every id is looked up in memory, never used as a file path, but ids are still
 * screened first: anything with a slash, a backslash, `..`, a control character or a stray
 * percent sign (double encoding) is refused as unknown before any lookup, so traversal attempts
 * get the same plain 404 as any other unknown id.
 */

const SAFE_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

/** Whether a path segment can be an id at all. */
export function isPlausibleId(id: string): boolean {
	return SAFE_ID.test(id) && !id.includes('..');
}

/** A collection id split into its briefing and its kind: `iran-drones-2022.places`. */
export interface CollectionRef {
	briefingId: string;
	suffix: string;
}

/** Splits at the last dot; null when the id cannot name a briefing's collection. */
export function parseCollectionId(collectionId: string): CollectionRef | null {
	if (!isPlausibleId(collectionId)) return null;
	const dot = collectionId.lastIndexOf('.');
	if (dot <= 0 || dot === collectionId.length - 1) return null;
	return { briefingId: collectionId.slice(0, dot), suffix: collectionId.slice(dot + 1) };
}

export function collectionIdOf(briefingId: string, suffix: string): string {
	return `${briefingId}.${suffix}`;
}
