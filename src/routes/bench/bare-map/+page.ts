// MapLibre needs a browser; the baseline has nothing to render on the server.
export const ssr = false;
export const prerender = false;
