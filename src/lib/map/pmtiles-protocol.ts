/**
 * Lets MapLibre read `pmtiles://<url>` sources: the `pmtiles` package turns tile requests into
 * HTTP Range requests on the one archive file. Registered once per page, whatever the number of
 * maps, because MapLibre's protocol table is global.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/addProtocol/
 *
 * Two exports need other ways in: a single HTML file holds its archive in memory
 * (`addPmtilesArchive`), and a static site, whose hosts may not answer Range requests, names a
 * directory of plain tile files in a `<meta name="briefmap-tiles">` tag instead.
 */
import { addProtocol } from 'maplibre-gl';
import { Protocol, type PMTiles } from 'pmtiles';

const protocol = new Protocol();
let registered = false;

export function registerPmtilesProtocol(): void {
	if (registered) return;
	const tilesDirectory = document.querySelector<HTMLMetaElement>('meta[name="briefmap-tiles"]');
	if (tilesDirectory) {
		// Loaded only on a static site, so the app's own pages do not carry it.
		const reader = import('./static-tiles-protocol').then((module) =>
			module.staticTilesProtocol(tilesDirectory.content)
		);
		addProtocol('pmtiles', async (params, abort) => (await reader)(params, abort));
	} else addProtocol('pmtiles', protocol.tile);
	registered = true;
}

/**
 * Serves an archive the page already holds (its source's key is the URL the style names), so
 * `pmtiles://<key>` reads it without a request.
 */
export function addPmtilesArchive(archive: PMTiles): void {
	protocol.add(archive);
}
