/**
 * The story's places carry their own labels; the basemap's city label for the same city would
 * print the name twice. This narrows the basemap city-label layer's filter to leave those names
 * out, and re-applies it after a style change (a theme switch replaces the basemap layers).
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#setfilter
 */
import type { FilterSpecification, Map as MaplibreMap } from 'maplibre-gl';
import { BASEMAP_LAYER } from '../basemap-style';

/** Returns a function that stops re-applying the filter. */
export function hideBasemapDuplicates(map: MaplibreMap, names: string[]): () => void {
	const layerId = BASEMAP_LAYER.cityLabels;
	const exclusion: FilterSpecification = ['!', ['in', ['get', 'name'], ['literal', names]]];
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

/** The names a place's basemap label could carry: its name, its aliases, and "Washington" for "Washington, D.C.". */
export function labelNamesOf(places: { properties: { name: string; aliases: string[] } }[]): string[] {
	const names = places.flatMap((p) => [p.properties.name, ...p.properties.aliases]);
	return [...new Set(names.flatMap((name) => [name, name.split(',')[0]!.trim()]))];
}
