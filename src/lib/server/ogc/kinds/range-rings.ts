/**
 * The platforms' reported ranges as a collection: geodesic bands and rings of the default
 * platforms around the briefing's launch place, exactly as the explore map first draws them
 * (the analyst may move the launch point or pick other platforms in the page; the API serves
 * the defaults). Built by `src/lib/briefing/range-bands`, already split at the antimeridian. Feature
 * ids are the band keys with dots for slashes (`shahed-129.1.band`), so each can be fetched by
 * URL. A briefing without point places has an empty collection.
 */
import { defaultPlatforms } from '../../../briefing/default-platforms';
import { launchPlace } from '../../../briefing/launch-place';
import { buildRangeBands, type RangeFeature } from '../../../briefing/range-bands';
import type { CollectionKind } from '../collection-kind';

export const rangeRingsKind: CollectionKind = {
	suffix: 'range-rings',
	title: (briefing) => `${briefing.meta.title}: reported ranges`,
	description: (briefing) => {
		const origin = launchPlace(briefing);
		const from = origin ? ` from ${origin.name}` : '';
		return `Reported range figures of the platforms${from}: a band between the lowest and highest figure, rings for single figures, labelled with the kind of figure. Claims, not measurements.`;
	},
	buildFeatures: (briefing) => {
		const origin = launchPlace(briefing);
		if (!origin) return [];
		const platforms = defaultPlatforms(briefing.platforms);
		// Keys are `platform/figure/part`; a slash cannot sit in a feature's URL, so dots replace it.
		const features: RangeFeature[] = buildRangeBands(platforms, origin.position).collection
			.features;
		return features.map((feature) => ({
			...feature,
			id: feature.id.replaceAll('/', '.')
		}));
	}
};
