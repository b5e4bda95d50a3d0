/** The briefing's places (`places.geojson`) as a collection, properties unchanged. */
import type { PlaceFeature } from '../../../briefing/types';
import type { CollectionKind, OgcFeature } from '../collection-kind';

export const placesKind: CollectionKind = {
	suffix: 'places',
	title: (briefing) => `${briefing.meta.title}: places`,
	description: () =>
		'Places named in the article or needed to orient the reader, with their roles, sources and the passages that mention them.',
	buildFeatures: (briefing) => {
		const places: PlaceFeature[] = briefing.places.features;
		return places.map((place): OgcFeature => ({
			type: 'Feature',
			id: place.id,
			geometry: place.geometry,
			properties: place.properties
		}));
	}
};
