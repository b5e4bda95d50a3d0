/**
 * Assembles gazetteer entries into the index's columns and name tables. Used by the gazetteer
 * build and by the hand-made test gazetteers, so both hold exactly what the server loads.
 */
import {
	PLACE_KINDS,
	type GazetteerColumns,
	type GazetteerData,
	type GazetteerSource,
	type PlaceKind,
	type StandsFor
} from './gazetteer-data';
import { FACILITY_WORDS } from './gazetteer';
import { nameKey } from './names';
import { nameTableOf } from './name-table';

export interface GazetteerEntry {
	name: string;
	aliases?: string[];
	kind: PlaceKind;
	lat: number;
	lon: number;
	country: string;
	admin1?: string;
	population?: number;
	featureCode: string;
	/** Key of one of the sources passed to `assembleGazetteer`. */
	source: string;
	id: string;
	demonyms?: string[];
	postalAbbreviations?: string[];
	standsFor?: StandsFor;
}

export function assembleGazetteer(
	entries: readonly GazetteerEntry[],
	sources: GazetteerSource[],
	englishWords: string[],
	builtAt: string
): GazetteerData {
	const n = entries.length;
	const sourceIndex = new Map(sources.map((s, i) => [s.key, i]));
	const airport = PLACE_KINDS.indexOf('airport');
	const places: GazetteerColumns & { name: string[]; id: string[] } = {
		name: new Array<string>(n),
		kind: new Uint8Array(n),
		lat: new Float64Array(n),
		lon: new Float64Array(n),
		country: new Array<string>(n),
		admin1: new Array<string>(n),
		population: new Uint32Array(n),
		featureCode: new Array<string>(n),
		source: new Uint8Array(n),
		id: new Array<string>(n)
	};
	const names: [string, number][] = [];
	const demonyms: [string, number][] = [];
	const postal: [string, number][] = [];
	const facilities: [string, number][] = [];
	const codes: [string, number][] = [];
	const standsFor: Record<string, StandsFor> = {};
	entries.forEach((e, i) => {
		const source = sourceIndex.get(e.source);
		if (source === undefined) throw new Error(`${e.name}: unknown gazetteer source ${e.source}`);
		places.name[i] = e.name;
		places.kind[i] = PLACE_KINDS.indexOf(e.kind);
		places.lat[i] = e.lat;
		places.lon[i] = e.lon;
		places.country[i] = e.country;
		places.admin1[i] = e.admin1 ?? '';
		places.population[i] = Math.max(0, Math.round(e.population ?? 0));
		places.featureCode[i] = e.featureCode;
		places.source[i] = source;
		places.id[i] = e.id;
		names.push([nameKey(e.name), i]);
		for (const a of e.aliases ?? []) names.push([nameKey(a), i]);
		for (const d of e.demonyms ?? []) demonyms.push([nameKey(d), i]);
		for (const a of e.postalAbbreviations ?? []) postal.push([nameKey(a), i]);
		if (places.kind[i] === airport) {
			// Airports are also found by their base name followed by a facility word
			// ("Kashan Airfield"), never by the bare base name, which is usually the city's.
			facilities.push([nameKey(e.name.replace(FACILITY_WORDS, '')), i]);
			codes.push([e.id.toUpperCase(), i]);
		}
		if (e.standsFor) standsFor[String(i)] = e.standsFor;
	});
	return {
		format: 2,
		builtAt,
		sources,
		places,
		standsFor,
		englishWords,
		names: nameTableOf(names),
		demonyms: nameTableOf(demonyms),
		postal: nameTableOf(postal),
		facilities: nameTableOf(facilities),
		codes: nameTableOf(codes)
	};
}
