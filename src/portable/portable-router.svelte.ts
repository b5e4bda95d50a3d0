/**
 * Which of the briefing's views the portable file shows, switched in place when a link or
 * `goto` names another of them (see portable-urls.ts for the addresses).
 */
import { readView, urlOfPath as urlOfPathIn, type PortableView } from './portable-urls';

export const router: { view: PortableView } = $state({ view: readView(currentUrl()) });

let briefingId = '';

function currentUrl(): URL {
	return new URL(location.href);
}

export function startRouter(id: string): void {
	briefingId = id;
}

/** This file's URL showing the view an app path names, or undefined for another path. */
export function urlOfPath(href: string): URL | undefined {
	return urlOfPathIn(href, location.href, briefingId);
}

/** Shows the view an app URL names; its hash (a map view) is kept for the new view to read. */
export function navigate(href: string): boolean {
	const next = urlOfPath(href);
	if (!next) return false;
	try {
		history.replaceState(null, '', next);
	} catch {
		/* a file opened from disk may refuse a new query; the hash alone still carries the map view */
		if (next.hash) location.hash = next.hash;
	}
	router.view = readView(next);
	return true;
}
