/**
 * Whether this browser can draw the map: MapLibre needs WebGL (2, or 1 as a fallback). Checked
 * before creating the map so the page can say so plainly and show the static map instead.
 */
export function hasWebGL(): boolean {
	try {
		const canvas = document.createElement('canvas');
		return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
	} catch {
		return false;
	}
}
