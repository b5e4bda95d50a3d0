/**
 * Turns a page as the app server rendered it into a file a static host can serve: the
 * Content-Security-Policy the server sent as a header moves into a meta tag, with SvelteKit's
 * per-request nonce replaced by hashes of the inline scripts (a file cannot have a fresh nonce);
 * `frame-ancestors` stays out, since a meta policy cannot carry it (the host sets it, README);
 * and the page names the directory of plain tile files the map reads instead of the server.
 */
import { inlineScriptHashes } from '../../src/lib/server/export/single-file.ts';
import { BASEMAP_TILES_PATH } from '../../src/lib/map/basemap-schema.ts';

/** The site's tile files lie where the app's server serves tiles, so both name them alike. */
export const STATIC_TILES_DIRECTORY = BASEMAP_TILES_PATH;

export function toStaticPage(html: string, headerPolicy: string | null): string {
	const withoutNonces = html.replace(/\snonce="[^"]*"/g, '');
	const hashes = inlineScriptHashes(withoutNonces);
	const policy = (headerPolicy ?? '')
		.split(';')
		.map((directive) => directive.trim())
		.filter((directive) => directive && !directive.startsWith('frame-ancestors'))
		.map((directive) =>
			directive.startsWith('script-src')
				? [...directive.replace(/\s'nonce-[^']*'/g, '').split(/\s+/), ...hashes].join(' ')
				: directive
		)
		.join('; ');
	const head =
		(policy ? `<meta http-equiv="Content-Security-Policy" content="${policy}" />` : '') +
		`<meta name="briefmap-tiles" content="${STATIC_TILES_DIRECTORY}" />`;
	return withoutNonces.replace(/<head>/, () => `<head>${head}`);
}
