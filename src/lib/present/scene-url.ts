/**
 * The scene lives in the URL (`?scene=3`, counted from 1 as the audience counts), so a reload
 * or a shared link resumes the talk where it was.
 */

/** Zero-based scene index from `?scene=`; the first scene when absent, malformed or out of range. */
export function readSceneParam(params: URLSearchParams, sceneCount: number): number {
	const raw = params.get('scene');
	if (raw === null || !/^[0-9]{1,4}$/.test(raw)) return 0;
	const index = Number(raw) - 1;
	return Math.max(0, Math.min(sceneCount - 1, index));
}

/** A copy of `url` that names the zero-based `index` as its scene. */
export function writeSceneParam(url: URL, index: number): URL {
	const next = new URL(url);
	next.searchParams.set('scene', String(index + 1));
	return next;
}
