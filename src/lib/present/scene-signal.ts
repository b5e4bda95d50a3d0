/**
 * `window.__sceneSettledAt`: `performance.now()` at the first frame drawn after a scene change,
 * read by the scene-change benchmark and by browser tests.
 */
declare global {
	interface Window {
		__sceneSettledAt?: number;
	}
}

export function markSceneFrame(): void {
	window.__sceneSettledAt = performance.now();
}
