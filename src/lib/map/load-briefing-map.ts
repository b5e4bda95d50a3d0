/**
 * The explore map, loaded on demand: MapLibre stays out of the page's first chunk, and a browser
 * without WebGL never downloads it. One loader for every page that shows the briefing's map.
 */
import type { Component } from 'svelte';

/** BriefingMap, or undefined where the browser cannot draw it (no WebGL). */
export async function loadBriefingMap(): Promise<Component<Record<string, unknown>> | undefined> {
	const { hasWebGL } = await import('./webgl-support');
	if (!hasWebGL()) return undefined;
	return (await import('./BriefingMap.svelte')).default as unknown as Component<
		Record<string, unknown>
	>;
}
