/**
 * Security headers for every response. The Content-Security-Policy itself comes from
 * `kit.csp` in svelte.config.js; this adds the headers SvelteKit does not, and the
 * deployment-specific `frame-ancestors`.
 */

/**
 * Parses FRAME_ANCESTORS (space-separated origins, e.g. "https://news.example.org") into a
 * `frame-ancestors` source list. Unset or empty means no embedding: `'none'`. Anything that is
 * not an http(s) origin or `'self'` is dropped, so a typo cannot open the page to every site.
 */
export function frameAncestors(setting: string | undefined): string {
	const sources = (setting ?? '')
		.split(/\s+/)
		.filter((token) => token === "'self'" || /^https?:\/\/[a-z0-9.-]+(:\d+)?$/i.test(token));
	return sources.length > 0 ? sources.join(' ') : "'none'";
}

/** Adds the security headers to a response in place. */
export function applySecurityHeaders(headers: Headers, frameAncestorsSetting: string | undefined) {
	const ancestors = `frame-ancestors ${frameAncestors(frameAncestorsSetting)}`;
	const csp = headers.get('content-security-policy');
	// Non-page responses (API, files) get a policy too: they should never run anything.
	headers.set(
		'content-security-policy',
		csp ? `${csp}; ${ancestors}` : `default-src 'none'; ${ancestors}`
	);
	headers.set('x-content-type-options', 'nosniff');
	headers.set('referrer-policy', 'no-referrer');
	headers.set(
		'permissions-policy',
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
	);
	headers.set('cross-origin-opener-policy', 'same-origin');
	if (!frameAncestorsSetting) headers.set('x-frame-options', 'DENY');
}
