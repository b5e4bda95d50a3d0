/** Helpers for browser tests that look at the map. */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export const BRIEFING = '/b/iran-drones-2022';

/** Waits until the map has settled with the briefing's layers drawn. */
export async function waitForMap(page: Page) {
	await page.waitForFunction(() => typeof window.__mapReadyAt === 'number', null, { timeout: 45_000 });
}

/** The place ids of the seed briefing that are points, read from the API. */
export async function pointPlaceIds(page: Page): Promise<string[]> {
	const response = await page.request.get('/api/briefings/iran-drones-2022');
	expect(response.ok()).toBe(true);
	const bundle = await response.json();
	return bundle.places.features
		.filter((f: { geometry: { type: string } }) => f.geometry.type === 'Point')
		.map((f: { id: string }) => f.id);
}

declare global {
	interface Window {
		__map?: import('maplibre-gl').Map;
		__mapReadyAt?: number;
	}
}
