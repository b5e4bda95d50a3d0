/**
 * The story's countries: the places of kind `country` that carry an ISO 3166-1 code, which links
 * them to the basemap's polygons. One rule for the emphasis on the explore and presentation
 * maps, the static map, the basemap labels hidden under the story's own, and the API's
 * countries collection.
 */
import type { PlaceProperties } from './types';

type CountryPlace<P> = P & { properties: { countryCode: string } };

/** The country places that can be drawn as countries, in briefing order. */
export function storyCountries<
	P extends { properties: Pick<PlaceProperties, 'kind' | 'countryCode'> }
>(places: readonly P[]): CountryPlace<P>[] {
	return places.filter(
		(place): place is CountryPlace<P> =>
			place.properties.kind === 'country' && place.properties.countryCode !== undefined
	);
}

/** The ISO 3166-1 numeric codes of the story's countries, each once. */
export function storyCountryCodes(
	places: readonly { properties: Pick<PlaceProperties, 'kind' | 'countryCode'> }[]
): string[] {
	return [...new Set(storyCountries(places).map((place) => place.properties.countryCode))];
}
