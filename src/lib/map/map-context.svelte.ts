/**
 * Shares the MapLibre map with the components rendered inside `MapLibreMap`, so a layer
 * component can add itself without the map being passed down by hand.
 *
 * The context holds a getter, not the map: `MapLibreMap` renders its children only once the map
 * exists, so a child that reads it always gets one, and a component used outside a map fails
 * loudly instead of drawing nothing.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/
 */
import { getContext, hasContext, setContext } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';

const KEY = Symbol('briefmap.map');

export interface MapContext {
	/** The map. Throws if read before the map exists (not possible from a rendered child). */
	readonly map: MaplibreMap;
}

/** Called by `MapLibreMap` during its initialisation. */
export function setMapContext(context: MapContext): MapContext {
	return setContext(KEY, context);
}

/**
 * The enclosing map's context. Call during component initialisation, like any context; read
 * `.map` where it is needed (in effects or handlers) rather than destructuring it early.
 */
export function getMapContext(): MapContext {
	if (!hasContext(KEY)) {
		throw new Error('getMapContext() must be called inside a <MapLibreMap> child component');
	}
	return getContext<MapContext>(KEY);
}
