/**
 * The embed's contract with the page that frames it: the message the embed posts when its
 * height changes, and the snippet a newsroom pastes (an iframe plus a few lines that apply that
 * height to the iframe the message came from, and only for messages from the briefing's origin).
 */

export const EMBED_HEIGHT_MESSAGE = 'briefmap:embed-height';

export interface EmbedHeightMessage {
	type: typeof EMBED_HEIGHT_MESSAGE;
	height: number;
}

export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
	const message = data as Partial<EmbedHeightMessage> | null;
	return (
		typeof message === 'object' &&
		message !== null &&
		message.type === EMBED_HEIGHT_MESSAGE &&
		typeof message.height === 'number' &&
		Number.isFinite(message.height) &&
		message.height > 0
	);
}

function escapeAttribute(value: string): string {
	return value
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** The HTML a host page pastes to embed briefing `id` served from `origin`. */
export function embedSnippet(origin: string, id: string, title: string): string {
	const src = `${origin}/b/${encodeURIComponent(id)}/embed`;
	return [
		`<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(`Map: ${title}`)}" data-briefmap-embed loading="lazy" style="display:block;width:100%;height:420px;border:0"></iframe>`,
		`<script>`,
		`addEventListener('message', function (event) {`,
		`  if (event.origin !== ${JSON.stringify(origin).replace(/</g, '\\u003c')} || !event.data || event.data.type !== '${EMBED_HEIGHT_MESSAGE}') return;`,
		`  document.querySelectorAll('iframe[data-briefmap-embed]').forEach(function (frame) {`,
		`    if (frame.contentWindow === event.source) frame.style.height = Math.ceil(event.data.height) + 'px';`,
		`  });`,
		`});`,
		`</script>`
	].join('\n');
}
