/**
 * The explore page's panels whose code loads after its first view (see
 * deferred/DeferredHydration.svelte): how the browser loads each, and, on the server only, the
 * components themselves, to render them into the page. The `import.meta.env.SSR` guard is a
 * constant in each build, so the browser's bundle has only the loaders.
 */
export const loadTimeline = () => import('./Timeline.svelte');
export const loadAnalysisPanel = () => import('./AnalysisPanel.svelte');
export const loadPlaceList = () => import('./PlaceList.svelte');

export const serverPanels = import.meta.env.SSR
	? {
			Timeline: (await loadTimeline()).default,
			AnalysisPanel: (await loadAnalysisPanel()).default,
			PlaceList: (await loadPlaceList()).default
		}
	: undefined;
