/**
 * What the basemap archive holds, shared by the builder (`scripts/basemap`) and the style
 * (`basemap-style.ts`) so the two cannot drift: where it is served, its source-layer names,
 * its zoom range and its attribution. Plain data; no MapLibre import.
 */

/** Same-origin path of the archive the build writes (static files of the app). */
export const BASEMAP_ARCHIVE_PATH = '/basemap/world.pmtiles';

/**
 * Where tiles are served one by one, as `{z}/{x}/{y}.pbf` below it: by the app's server from the
 * archive, and as plain files, with a `tiles.json` index, by a static export.
 */
export const BASEMAP_TILES_PATH = '/basemap/tiles';

export const BASEMAP_ATTRIBUTION = 'Natural Earth, GeoNames';

/** The deepest zoom level in the archive; MapLibre over-zooms its tiles beyond. */
export const BASEMAP_MAX_ZOOM = 6;

/**
 * Source-layer names and the properties each carries:
 * - `land`: all land as one polygon (no seams between countries).
 * - `countries`: `iso` (ISO 3166-1 numeric, '' where Natural Earth has none), `name`,
 *   `occupied` (true for Crimea, a feature of its own with Ukraine's `iso`).
 * - `boundaries`: land borders between countries, one feature per pair: `kind` ('country'),
 *   `a` and `b` (the ISO codes on either side, '' where none); none across Perekop.
 * - `coastline`: where land meets water (`kind`: 'coast').
 * - `country_labels`: `name`, `iso`, `kind` ('country' | 'occupied'), `minzoom`.
 * - `city_labels`: `name`, `country` (ISO alpha-2), `population`, `capital`, `minzoom`.
 * - `sea_labels`: `name`, `kind` ('ocean' | 'sea'), `minzoom`.
 */
export const SOURCE_LAYER = {
	land: 'land',
	countries: 'countries',
	boundaries: 'boundaries',
	coastline: 'coastline',
	countryLabels: 'country_labels',
	cityLabels: 'city_labels',
	seaLabels: 'sea_labels'
} as const;
