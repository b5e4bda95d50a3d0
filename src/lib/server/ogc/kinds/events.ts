/**
 * The briefing's dated events as a collection. An event has no geometry of its own: it is drawn
 * at its first place (a point; the middle of the bounds for an area), or has a null geometry
 * when it names no mapped place, so GIS tools still list it.
 */
import type { Point } from 'geojson';
import { dateInterval } from '../../../briefing/dates';
import { formatAttributed } from '../../../briefing/attribution';
import type { BriefingEvent, PlaceFeature } from '../../../briefing/types';
import type { CollectionKind, OgcFeature } from '../collection-kind';
import { geometryBounds } from '../geometry-filter';

export const eventsKind: CollectionKind = {
	suffix: 'events',
	title: (briefing) => `${briefing.meta.title}: events`,
	description: () =>
		'Dated events of the story, placed at their first place, with sources and fact-check notes.',
	buildFeatures: (briefing) => {
		const features: PlaceFeature[] = briefing.places.features;
		const places = new Map(features.map((place) => [place.id, place]));
		return briefing.events.map((event) => eventFeature(event, places));
	},
	timeOf: (feature) => {
		const date = feature.properties?.date;
		return typeof date === 'string' ? dateInterval(date) : null;
	}
};

function eventFeature(event: BriefingEvent, places: Map<string, PlaceFeature>): OgcFeature {
	const firstPlaceId = event.placeIds[0] ?? null;
	const place = firstPlaceId === null ? undefined : places.get(firstPlaceId);
	return {
		type: 'Feature',
		id: event.id,
		geometry: place ? pointOf(place) : null,
		properties: {
			date: event.date,
			/** Worded as the claim it is, so a GIS user reading only this field is not misled. */
			title: formatAttributed(event.title, event.attribution),
			claimedBy: event.attribution?.claimedBy ?? null,
			claimStatus: event.attribution?.status ?? null,
			deniedBy: event.attribution?.deniedBy ?? null,
			confirmedBy: event.attribution?.confirmedBy ?? null,
			placeId: firstPlaceId,
			placeIds: event.placeIds,
			locationLabel: event.locationLabel ?? null,
			refs: event.refs,
			sources: event.sources,
			factCheck: event.factCheck ?? null
		}
	};
}

function pointOf(place: PlaceFeature): Point | null {
	if (place.geometry.type === 'Point') return place.geometry;
	const bounds = geometryBounds([place.geometry]);
	if (!bounds) return null;
	return { type: 'Point', coordinates: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2] };
}
