/** A hand-made gazetteer of a few places, for unit tests that must not depend on the index. */
import { PLACE_KINDS, type GazetteerData, type PlaceKind } from './gazetteer-data';
import { createGazetteer, lookupKeys, type Gazetteer } from './gazetteer';

interface FixturePlace {
	name: string;
	kind: PlaceKind;
	lat: number;
	lon: number;
	country: string;
	admin1?: string;
	population?: number;
	featureCode?: string;
	id: string;
	aliases?: string[];
	demonyms?: string[];
	postal?: string[];
	standsFor?: { country: string; institution: string };
}

export function fixtureGazetteer(places: FixturePlace[], englishWords: string[] = []): Gazetteer {
	const data: Omit<GazetteerData, 'keys'> = {
		format: 1,
		builtAt: '2026-01-01T00:00:00Z',
		sources: [{ key: 'fixture', attribution: 'Test places' }],
		places: {
			name: [],
			kind: [],
			lat: [],
			lon: [],
			country: [],
			admin1: [],
			population: [],
			featureCode: [],
			source: [],
			id: []
		},
		aliases: { name: [], place: [] },
		demonyms: { name: [], place: [] },
		standsFor: {},
		postalAbbreviations: { name: [], place: [] },
		englishWords
	};
	places.forEach((p, i) => {
		const c = data.places;
		c.name.push(p.name);
		c.kind.push(PLACE_KINDS.indexOf(p.kind));
		c.lat.push(p.lat);
		c.lon.push(p.lon);
		c.country.push(p.country);
		c.admin1.push(p.admin1 ?? '');
		c.population.push(p.population ?? 0);
		c.featureCode.push(p.featureCode ?? (p.kind === 'country' ? 'PCLI' : 'PPL'));
		c.source.push(0);
		c.id.push(p.id);
		for (const a of p.aliases ?? []) {
			data.aliases.name.push(a);
			data.aliases.place.push(i);
		}
		for (const d of p.demonyms ?? []) {
			data.demonyms.name.push(d);
			data.demonyms.place.push(i);
		}
		for (const a of p.postal ?? []) {
			data.postalAbbreviations.name.push(a);
			data.postalAbbreviations.place.push(i);
		}
		if (p.standsFor) data.standsFor[String(i)] = p.standsFor;
	});
	return createGazetteer({ ...data, keys: lookupKeys(data) });
}
