/** Helpers for browser tests that look at the map. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const BRIEFING = '/b/iran-drones-2022';

/**
 * Waits until the map has settled with the briefing's layers drawn, and the panels whose code
 * loads then (DeferredHydration) have hydrated.
 */
export async function waitForMap(page: Page) {
	await page.waitForFunction(() => typeof window.__mapReadyAt === 'number', null, {
		timeout: 45_000
	});
	await waitForPanels(page);
}

/** Waits until every deferred panel on the page runs its code (`data-live`). */
export async function waitForPanels(page: Page) {
	await page.waitForFunction(() =>
		[...document.querySelectorAll<HTMLElement>('[data-deferred]')].every(
			(panel) => panel.dataset.live === 'true'
		)
	);
}

/** The names of the seed briefing's places that are points, read from the API. */
export async function pointPlaceNames(page: Page): Promise<string[]> {
	const response = await page.request.get('/api/briefings/iran-drones-2022');
	expect(response.ok()).toBe(true);
	const bundle = await response.json();
	return bundle.places.features
		.filter((f: { geometry: { type: string } }) => f.geometry.type === 'Point')
		.map((f: { properties: { name: string } }) => f.properties.name);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The map, as assistive technology announces it: "Map of <briefing title>". */
export function mapRegion(page: Page) {
	return page.getByRole('region', { name: /^Map of / });
}

/**
 * A place's button on the map, found by role and accessible name as a screen reader user finds
 * it: "Kashan Airfield, airfield". The pointer to a place outside the view ("…, outside the view:
 * show it") is a different button.
 */
export function mapPlace(page: Page, name: string) {
	return mapRegion(page).getByRole('button', {
		name: new RegExp(`^${escapeRegExp(name)}, [^,:]+$`)
	});
}

/** Makes the page's browser look as if it had no WebGL, as on old or locked-down machines. */
export async function disableWebGL(page: Page) {
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (
			this: HTMLCanvasElement,
			type: string,
			...rest: unknown[]
		) {
			if (type.startsWith('webgl')) return null;
			return original.call(this, type as '2d', ...(rest as []));
		} as typeof original;
	});
}

declare global {
	interface Window {
		__map?: import('maplibre-gl').Map;
		__mapReadyAt?: number;
	}
}
