/**
 * Stands in for SvelteKit's `$app/state` in the portable build: the pages read `page.url` (their
 * query) and pass `page.state` on; there is no router, so both come from the window.
 */
export const page = {
	get url(): URL {
		return new URL(location.href);
	},
	state: {} as App.PageState
};
