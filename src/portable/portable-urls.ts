/**
 * The portable file's addresses. The app's links and `goto` name app paths (`/b/{id}/present`);
 * here they become this file's URL with the view in the `view` query parameter, so a reload
 * stays where it was (where the browser lets a file's URL change).
 */
export type PortableView = 'explore' | 'present' | 'presenter';

const views: readonly PortableView[] = ['explore', 'present', 'presenter'];

export function readView(url: URL): PortableView {
	const view = url.searchParams.get('view');
	return views.find((v) => v === view) ?? 'explore';
}

/** The view an app path means, or undefined for a path outside this briefing's views. */
export function viewOfPath(path: string, briefingId: string): PortableView | undefined {
	const match = /^\/b\/([^/?#]+)(\/(present|presenter))?\/?$/.exec(path);
	if (!match || match[1] !== briefingId) return undefined;
	return (match[3] as PortableView | undefined) ?? 'explore';
}

/** `current` changed to show the view an app path names, or undefined for another path. */
export function urlOfPath(href: string, current: string, briefingId: string): URL | undefined {
	const target = new URL(href, 'https://briefing.invalid');
	const view = viewOfPath(target.pathname, briefingId);
	if (!view) return undefined;
	const next = new URL(current);
	next.search = target.search;
	if (view !== 'explore') next.searchParams.set('view', view);
	next.hash = target.hash;
	return next;
}
