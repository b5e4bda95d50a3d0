/**
 * Lets MapLibre read `pmtiles://<url>` sources: the `pmtiles` package turns tile requests into
 * HTTP Range requests on the one archive file. Registered once per page, whatever the number of
 * maps, because MapLibre's protocol table is global.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/addProtocol/
 */
import { addProtocol } from 'maplibre-gl';
import { Protocol } from 'pmtiles';

let registered = false;

export function registerPmtilesProtocol(): void {
	if (registered) return;
	const protocol = new Protocol();
	addProtocol('pmtiles', protocol.tile);
	registered = true;
}
