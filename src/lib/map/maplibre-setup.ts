/**
 * Page-wide MapLibre setup, done once before the first map: the worker's URL and the pmtiles
 * protocol. A Vite build does not copy MapLibre's worker by itself; without `setWorkerUrl` the
 * map fails with "Worker failed to load". `?url` makes it a same-origin, hashed asset.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/setWorkerUrl/
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { registerPmtilesProtocol } from './pmtiles-protocol';

let done = false;

export function setUpMaplibre(): void {
	if (done) return;
	setWorkerUrl(workerUrl);
	registerPmtilesProtocol();
	done = true;
}
