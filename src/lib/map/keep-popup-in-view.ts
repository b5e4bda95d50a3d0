/**
 * MapLibre popups have no auto-pan (Leaflet's `autoPan`): a popup opened near the map's edge, or
 * for a place a shared link leaves outside the view, would be cut off by the edge. This pans the
 * map just enough to show the whole popup, once the map has stopped moving.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#panby
 */
import type { Map as MaplibreMap, Popup } from 'maplibre-gl';
import { prefersReducedMotion } from './fly-to-place';

/** Room kept between the popup and the map's edge, in CSS pixels. */
export const POPUP_MARGIN = 8;

/** How far `[start, end]` must move to lie inside `[min, max]` (its start wins if it cannot). */
export function shiftInto(start: number, end: number, min: number, max: number): number {
	if (start < min) return min - start;
	if (end > max) return Math.max(max - end, min - start);
	return 0;
}

/** Pans `map` so `popup` lies inside it, now or after the current movement; returns a canceller. */
export function keepPopupInView(map: MaplibreMap, popup: Popup): () => void {
	let frame = 0;
	const check = () => {
		if (!popup.isOpen()) return;
		const box = popup.getElement().getBoundingClientRect();
		const edge = map.getContainer().getBoundingClientRect();
		const dx = shiftInto(box.left, box.right, edge.left + POPUP_MARGIN, edge.right - POPUP_MARGIN);
		const dy = shiftInto(box.top, box.bottom, edge.top + POPUP_MARGIN, edge.bottom - POPUP_MARGIN);
		if (dx === 0 && dy === 0) return;
		map.panBy([-dx, -dy], { duration: prefersReducedMotion() ? 0 : 300 });
	};
	const afterMoving = () => {
		cancelAnimationFrame(frame);
		// A frame later the popup has followed the last camera change.
		frame = requestAnimationFrame(check);
	};
	if (map.isMoving()) map.once('moveend', afterMoving);
	else afterMoving();
	return () => {
		cancelAnimationFrame(frame);
		map.off('moveend', afterMoving);
	};
}
