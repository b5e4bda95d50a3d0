/** A hand-made gazetteer of a few places, for unit tests that must not depend on the index. */
import { assembleGazetteer, type GazetteerEntry } from './assemble';
import { createGazetteer, type Gazetteer } from './gazetteer';

/** A gazetteer entry as tests write it: the feature code defaults by kind, postal codes are `postal`. */
type FixturePlace = Omit<GazetteerEntry, 'featureCode' | 'source' | 'postalAbbreviations'> & {
	featureCode?: string;
	postal?: string[];
};

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
