/**
 * Marks the moment the map first settles with the briefing's layers drawn: `window.__mapReadyAt`
 * (ms since navigation start) for the benchmarks, and `window.__map` so browser tests can ask
 * MapLibre what it drew.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
	interface Window {
		__map?: MaplibreMap;
		__mapReadyAt?: number;
	}
}

/**
 * Signals the first `idle` at which every layer in `layerIds` exists, and then calls `ondrawn`
 * (for work that can wait until the reader sees the map).
 */
export function signalWhenDrawn(
	map: MaplibreMap,
	layerIds: string[],
	ondrawn?: () => void
): () => void {
	window.__map = map;
	const check = () => {
		if (!layerIds.every((id) => map.getLayer(id))) return;
		window.__mapReadyAt ??= performance.now();
		map.off('idle', check);
		ondrawn?.();
	};
	map.on('idle', check);
	return () => map.off('idle', check);
}
