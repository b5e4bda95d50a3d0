/**
 * Returns the URL when it is http(s), otherwise undefined: a source link must never become
 * `javascript:` or `data:`, even if a hand-edited file slipped past validation.
 */
export function safeHref(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const parsed = new URL(url);
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
	} catch {
		return undefined;
	}
}
