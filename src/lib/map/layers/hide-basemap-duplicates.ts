/**
 * The story's places carry their own labels; the basemap's label for the same city or country
 * would print the name twice. This narrows the basemap label layers' filters to leave those out,
 * and re-applies them after a style change (a theme switch replaces the basemap layers).
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfilter
 */
import type { FilterSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { storyCountryCodes } from '../../briefing/story-countries';
import type { PlaceProperties } from '../../briefing/types';
import { BASEMAP_LAYER } from '../basemap-style';

/** What to leave out of the basemap: city names, and countries by ISO numeric code. */
export interface BasemapDuplicates {
	cityNames: string[];
	countryCodes: string[];
}

/** Adds `exclusion` to a basemap layer's own filter, and keeps it there across style changes. */
function narrowLayer(
	map: MaplibreMap,
	layerId: string,
	exclusion: FilterSpecification
): () => void {
	let base: FilterSpecification | undefined;
	let applied: FilterSpecification | undefined;
	const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
	const apply = () => {
		if (!map.getLayer(layerId)) return;
		const current = map.getFilter(layerId) as FilterSpecification | undefined;
		if (applied && same(current, applied)) return;
		base = current ?? undefined;
		applied = base ? (['all', base, exclusion] as FilterSpecification) : exclusion;
		map.setFilter(layerId, applied);
	};
	apply();
	map.on('styledata', apply);
	return () => {
		map.off('styledata', apply);
		if (map.style && map.getLayer(layerId) && same(map.getFilter(layerId), applied)) {
			map.setFilter(layerId, base ?? null);
		}
	};
}

/** Returns a function that gives the basemap its labels back. */
export function hideBasemapDuplicates(map: MaplibreMap, duplicates: BasemapDuplicates): () => void {
	const undo = [
		narrowLayer(map, BASEMAP_LAYER.cityLabels, [
			'!',
			['in', ['get', 'name'], ['literal', duplicates.cityNames]]
		]),
		// Only the country's own name: the "Crimea / occupied by Russia" label shares Ukraine's
		// code but is of kind 'occupied', and stays.
		narrowLayer(map, BASEMAP_LAYER.countryLabels, [
			'!',
			[
				'all',
				['==', ['get', 'kind'], 'country'],
				['in', ['get', 'iso'], ['literal', duplicates.countryCodes]]
			]
		])
	];
	return () => undo.forEach((restore) => restore());
}

/** What the story's places would duplicate: their names and aliases, and their country codes. */
export function basemapDuplicatesOf(
	places: { properties: Pick<PlaceProperties, 'name' | 'aliases' | 'kind' | 'countryCode'> }[]
): BasemapDuplicates {
	const names = places.flatMap((p) => [p.properties.name, ...p.properties.aliases]);
	return {
		// "Washington, D.C." is "Washington" on the basemap.
		cityNames: [...new Set(names.flatMap((name) => [name, name.split(',')[0]!.trim()]))],
		countryCodes: storyCountryCodes(places)
	};
}
