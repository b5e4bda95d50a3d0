/** A hand-made gazetteer of a few places, for unit tests that must not depend on the index. */
import { assembleGazetteer, type GazetteerEntry } from './assemble';
import type { PlaceKind } from './gazetteer-data';
import { createGazetteer, type Gazetteer } from './gazetteer';

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
	const entries: GazetteerEntry[] = places.map((p) => ({
		...p,
		featureCode: p.featureCode ?? (p.kind === 'country' ? 'PCLI' : 'PPL'),
		source: 'fixture',
		postalAbbreviations: p.postal
	}));
	return createGazetteer(
		assembleGazetteer(
			entries,
			[{ key: 'fixture', attribution: 'Test places' }],
			englishWords,
			'2026-01-01T00:00:00Z'
		)
	);
}
