/**
 * Full screen for the whole page (not just the map), so the caption and the black screen go
 * with it. The browser may refuse (no user gesture, a policy): the talk goes on in the window.
 */
export function toggleFullscreen(): void {
	const request = document.fullscreenElement
		? document.exitFullscreen()
		: document.documentElement.requestFullscreen();
	void request?.catch(() => {});
}
