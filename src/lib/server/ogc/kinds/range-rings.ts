/**
 * The platforms' reported ranges as a collection: geodesic bands and rings around the
 * briefing's default launch place, as the map first draws them (the analyst may move the launch
 * point in the page; the API serves the briefing's default). Built by `src/lib/geo/range-bands`,
 * already split at the antimeridian. Feature ids are the band keys with dots for slashes
 * (`shahed-129.1.band`), so each can be fetched by URL. A briefing without a launch place, or whose launch place is
 * not a point, has an empty collection.
 */
import type { Briefing, PlaceFeature } from '../../../briefing/types';
import type { LonLat } from '../../../geo/geodesic';
import { buildRangeBands, type RangeFeature } from '../../../briefing/range-bands';
import type { CollectionKind } from '../collection-kind';

export const rangeRingsKind: CollectionKind = {
	suffix: 'range-rings',
	title: (briefing) => `${briefing.meta.title}: reported ranges`,
	description: (briefing) => {
		const origin = launchPlace(briefing);
		const from = origin ? ` from ${origin.properties.name}` : '';
		return `Reported range figures of the platforms${from}: a band between the lowest and highest figure, rings for single figures, labelled with the kind of figure. Claims, not measurements.`;
	},
	buildFeatures: (briefing) => {
		const place = launchPlace(briefing);
		if (!place || place.geometry.type !== 'Point') return [];
		const origin = place.geometry.coordinates.slice(0, 2) as LonLat;
		// Keys are `platform/figure/part`; a slash cannot sit in a feature's URL, so dots replace it.
		const features: RangeFeature[] = buildRangeBands(briefing.platforms, origin).collection
			.features;
		return features.map((feature) => ({
			...feature,
			id: feature.id.replaceAll('/', '.')
		}));
	}
};

function launchPlace(briefing: Briefing): PlaceFeature | undefined {
	const id = briefing.meta.defaultLaunchPlace;
	const places: PlaceFeature[] = briefing.places.features;
	return id === undefined ? undefined : places.find((place) => place.id === id);
}
