/**
 * Name normalisation shared by the gazetteer's tables and the text's tokens, so "Kāshān",
 * "St. Louis", "U.S." and "Nagorno-Karabakh" meet their index entries.
 */

/** Lower case, no diacritics, no full stops, hyphens as spaces, "St" as "saint". */
export function nameKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[’‘`]/g, "'")
		.replace(/\./g, '')
		.replace(/[-‐‑–]/g, ' ')
		.replace(/\bst\b/g, 'saint')
		.replace(/\s+/g, ' ')
		.trim();
}
