/**
 * Reads what the export wrote into the file: the briefing as JSON and the basemap archive as
 * base64, each in a non-executing `<script>` element (so the policy needs no hash for them).
 */
import type { Briefing } from '$lib/briefing/types';

export const DATA_ELEMENT_ID = 'briefmap-data';
export const BASEMAP_ELEMENT_ID = 'briefmap-basemap';

function elementText(id: string): string {
	const text = document.getElementById(id)?.textContent;
	if (!text) throw new Error(`This file is missing its #${id} section; export it again.`);
	return text;
}

export function readBriefing(): Briefing {
	return JSON.parse(elementText(DATA_ELEMENT_ID)) as Briefing;
}

export function readBasemapArchive(): Uint8Array {
	const binary = atob(elementText(BASEMAP_ELEMENT_ID).trim());
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
