/**
 * Brings a place into view: a flight when motion is welcome, a cut when the reader asked for
 * reduced motion. A place already comfortably in view is left where it is, so clicking a dot
 * does not jerk the map.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#flyto
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../briefing/types';

/** Zoom that shows a place with its surroundings, by kind. */
const zoomForKind = { airfield: 7, city: 6, capital: 5, country: 3.5 } as const;

export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function flyToPlace(map: MaplibreMap, place: PlaceFeature): void {
	if (place.geometry.type !== 'Point') return;
	const [lon, lat] = place.geometry.coordinates as [number, number];
	const point = map.project([lon, lat]);
	const { clientWidth: width, clientHeight: height } = map.getContainer();
	const margin = Math.min(width, height) * 0.15;
	const comfortablyInView =
		point.x > margin && point.x < width - margin && point.y > margin && point.y < height - margin;
	if (comfortablyInView) return;
	const zoom = Math.min(Math.max(map.getZoom(), 3), zoomForKind[place.properties.kind]);
	if (prefersReducedMotion()) map.jumpTo({ center: [lon, lat], zoom });
	else map.flyTo({ center: [lon, lat], zoom, duration: 1200 });
}
