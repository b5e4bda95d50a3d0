/**
 * Page-wide MapLibre setup, done once before the first map: the worker's URL and, on a static
 * site, the protocol that reads its tile files. A Vite build does not copy MapLibre's worker by
 * itself; without `setWorkerUrl` the map fails with "Worker failed to load". `?url` makes it a
 * same-origin, hashed asset.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/
 */
import { addProtocol, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { readBasemapThrough } from './basemap-source';

let done = false;

export function setUpMaplibre(): void {
	if (done) return;
	setWorkerUrl(workerUrl);
	readStaticSiteTiles();
	done = true;
}

/**
 * A static site names its directory of tile files in `<meta name="briefmap-tiles">`; its hosts
 * may not run our server, so the tiles are read as files. Loaded only there.
 */
function readStaticSiteTiles(): void {
	const directory = document.querySelector<HTMLMetaElement>('meta[name="briefmap-tiles"]');
	if (!directory) return;
	const reader = import('./static-tiles-protocol').then((module) =>
		module.staticTilesProtocol(directory.content)
	);
	addProtocol('static-tiles', async (params, abort) => (await reader)(params, abort));
	readBasemapThrough('static-tiles://basemap');
}
