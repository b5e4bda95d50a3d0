/**
 * Assembles a briefing's single HTML file from the portable shell (`vite.portable.config.ts`):
 * the briefing as JSON and the basemap archive as base64 in non-executing script elements, and a
 * Content-Security-Policy in a meta tag that allows the shell's inline scripts by hash — no
 * `unsafe-eval`, no network: every `connect-src` is data: or blob:.
 */
import { createHash } from 'node:crypto';
import type { Briefing } from '../../briefing/types';

const DATA_MARK = '<!-- briefmap:data -->';
const HEAD_MARK = '<!-- briefmap:head -->';

/** JSON that cannot end its script element or open a comment inside it. */
function scriptSafeJson(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

function escapeHtmlText(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `sha256-…` sources for every inline script that runs (not JSON, not base64 data). */
export function inlineScriptHashes(html: string): string[] {
	const hashes: string[] = [];
	for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
		const [, attributes = '', body = ''] = match;
		if (/\bsrc=/.test(attributes)) continue;
		const type = /\btype="([^"]*)"/.exec(attributes)?.[1];
		if (type && type !== 'module' && type !== 'text/javascript') continue;
		hashes.push(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
	}
	return hashes;
}

export function singleFilePolicy(scriptHashes: readonly string[]): string {
	return [
		"default-src 'none'",
		`script-src ${scriptHashes.join(' ')}`,
		"style-src 'unsafe-inline'",
		'img-src data: blob:',
		'font-src data:',
		'connect-src data: blob:',
		// On a file: page (an opaque origin) MapLibre reads its worker's blob: URL and starts the
		// worker from a data: URL of the same source.
		'worker-src blob: data:',
		'child-src blob:',
		"object-src 'none'",
		"base-uri 'none'",
		"form-action 'none'"
	].join('; ');
}

export function buildSingleFile(
	shell: string,
	briefing: Briefing,
	basemapArchive: Uint8Array
): string {
	if (!shell.includes(DATA_MARK) || !shell.includes(HEAD_MARK))
		throw new Error('the portable shell lacks its data or head marker; rebuild it');
	const data =
		`<script type="application/json" id="briefmap-data">${scriptSafeJson(briefing)}</script>\n` +
		`<script type="text/plain" id="briefmap-basemap">${Buffer.from(basemapArchive).toString('base64')}</script>`;
	const withData = shell.replace(DATA_MARK, () => data);
	const policy = singleFilePolicy(inlineScriptHashes(withData));
	const head =
		`<meta http-equiv="Content-Security-Policy" content="${policy}" />\n` +
		`<meta name="description" content="${escapeHtmlText(briefing.meta.subject).replace(/"/g, '&quot;')}" />`;
	return withData
		.replace(HEAD_MARK, () => head)
		.replace(
			/<title>[^<]*<\/title>/,
			() => `<title>${escapeHtmlText(briefing.meta.title)} — briefmap</title>`
		);
}
