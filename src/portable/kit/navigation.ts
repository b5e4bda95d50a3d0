/**
 * Stands in for SvelteKit's `$app/navigation` in the portable build. The file holds one
 * briefing's views; a link to another of them switches the view in place (`portable-router`).
 */
import { onMount } from 'svelte';
import { navigate } from '../portable-router.svelte';

/** Keeps shareable state in the address where the browser allows it (file: URLs may refuse). */
export function replaceState(url: string | URL, _state?: App.PageState): void {
	try {
		history.replaceState(history.state, '', url);
	} catch {
		/* a file opened from disk may not take a new query; the view itself is unaffected */
	}
}

export async function goto(url: string | URL): Promise<void> {
	navigate(String(url));
}

/** There is no router to start: a page's "after navigation" is when it has mounted. */
export function afterNavigate(callback: () => void): void {
	onMount(callback);
}
