/**
 * Built features, memoised per briefing object. A catalog is immutable and a new data version
 * brings new briefing objects, so a WeakMap keyed by the briefing is exactly "once per version"
 * and lets old versions be collected.
 */
import type { Briefing } from '../../briefing/types';
import type { CollectionKind, OgcFeature } from './collection-kind';

export class FeatureStore {
	#built = new WeakMap<Briefing, Map<string, readonly OgcFeature[]>>();

	features(briefing: Briefing, kind: CollectionKind): readonly OgcFeature[] {
		let byKind = this.#built.get(briefing);
		if (!byKind) {
			byKind = new Map();
			this.#built.set(briefing, byKind);
		}
		let features = byKind.get(kind.suffix);
		if (!features) {
			features = kind.buildFeatures(briefing);
			byKind.set(kind.suffix, features);
		}
		return features;
	}
}
