/**
 * Brings a place into view: a flight when motion is welcome, a cut when the reader asked for
 * reduced motion. A place already comfortably in view — with room above it for its popup — is
 * left where it is, so clicking a dot does not jerk the map; otherwise it is brought to 70% of
 * the map's height, leaving the upper part for the popup.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#flyto
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { PlaceFeature } from '../briefing/types';

/** Zoom that shows a place with its surroundings, by kind. */
/** Regions span several countries, so the camera stays wider than for one country. */
const zoomForKind = { airfield: 7, city: 6, capital: 5, country: 3.5, region: 3 } as const;

export function prefersReducedMotion(): boolean {
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function flyToPlace(map: MaplibreMap, place: PlaceFeature): void {
	if (place.geometry.type !== 'Point') return;
	const [lon, lat] = place.geometry.coordinates as [number, number];
	const point = map.project([lon, lat]);
	const { clientWidth: width, clientHeight: height } = map.getContainer();
	const comfortablyInView =
		point.x > width * 0.15 &&
		point.x < width * 0.85 &&
		point.y > height * 0.45 &&
		point.y < height * 0.88;
	if (comfortablyInView) return;
	const zoom = Math.min(Math.max(map.getZoom(), 3), zoomForKind[place.properties.kind]);
	const offset: [number, number] = [0, height * 0.2];
	if (prefersReducedMotion()) map.jumpTo({ center: [lon, lat], zoom });
	else map.flyTo({ center: [lon, lat], zoom, offset, duration: 1200 });
	if (prefersReducedMotion()) map.panBy(offset, { animate: false });
}
