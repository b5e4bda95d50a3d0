/**
 * The files of a briefing folder. Every loader, validator and report names files through
 * these constants, so a problem always points at the file as it is called on disk.
 */
export const BRIEFING_FILES = {
	meta: 'briefing.json',
	article: 'article.md',
	places: 'places.geojson',
	platforms: 'platforms.json',
	events: 'events.json'
} as const;

export type BriefingFileKey = keyof typeof BRIEFING_FILES;

/** Where a briefing's file sits, relative to the geodata folder (the form problems use). */
export function briefingFilePath(briefingId: string, key: BriefingFileKey): string {
	return `briefings/${briefingId}/${BRIEFING_FILES[key]}`;
}
