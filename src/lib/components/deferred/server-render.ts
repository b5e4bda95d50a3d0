/**
 * Svelte's server renderer, on the server only. In the browser this is undefined, and the
 * `import.meta.env.SSR` guard (a constant in each build) keeps `svelte/server` out of the bundle.
 */
export const renderOnServer = import.meta.env.SSR
	? (await import('svelte/server')).render
	: undefined;
