/**
 * Runs `add` as soon as the map's style can take sources and layers. `isStyleLoaded()` is also
 * false while tiles load, so it cannot tell; MapLibre's own check is the one `addSource` makes,
 * which throws "Style is not done loading" — so try, and on that error retry on the next
 * `styledata`/`load`. Returns a function that cancels a pending call.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#addsource
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export function whenStyleReady(map: MaplibreMap, add: () => void): () => void {
	let done = false;
	const attempt = () => {
		if (done) return;
		try {
			add();
			done = true;
			map.off('styledata', attempt);
			map.off('load', attempt);
		} catch (error) {
			if (!(error instanceof Error) || !/not done loading/i.test(error.message)) throw error;
		}
	};
	map.on('styledata', attempt);
	map.on('load', attempt);
	attempt();
	return () => {
		done = true;
		map.off('styledata', attempt);
		map.off('load', attempt);
	};
}
