/**
 * The fonts the basemap's labels are drawn with, bundled from `@fontsource/noto-sans` and
 * served by the app itself: MapLibre 6 reads a style's `font-faces` (a `text-font` name → font
 * files) and rasterises glyphs in the browser, so no glyph PBFs and no font CDN are needed.
 *
 * Vite's `?url` gives each file a same-origin, content-hashed URL. The Latin, Latin Extended
 * and Vietnamese subsets cover GeoNames' romanised names (ā, ū, ş, ż and combining marks); any
 * character they miss falls back to the browser's local fonts.
 * https://maplibre.org/maplibre-style-spec/root/#font-faces
 */
import type { StyleSpecification } from 'maplibre-gl';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import vietnamese400 from '@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff2?url';
import latin400Italic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import latinExt400Italic from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';

export type FontFaces = NonNullable<StyleSpecification['font-faces']>;

/** `text-font` names the basemap style uses; a caller's own layers can use them too. */
export const FONT = {
	regular: 'Noto Sans Regular',
	italic: 'Noto Sans Italic',
	semibold: 'Noto Sans SemiBold'
} as const;

/** Unicode ranges as fontsource declares them for each subset (from its CSS). */
const LATIN = [
	'U+0000-00FF',
	'U+0131',
	'U+0152-0153',
	'U+02BB-02BC',
	'U+02C6',
	'U+02DA',
	'U+02DC',
	'U+0304',
	'U+0308',
	'U+0329',
	'U+2000-206F',
	'U+20AC',
	'U+2122',
	'U+2191',
	'U+2193',
	'U+2212',
	'U+2215',
	'U+FEFF',
	'U+FFFD'
];
const LATIN_EXT = [
	'U+0100-02BA',
	'U+02BD-02C5',
	'U+02C7-02CC',
	'U+02CE-02D7',
	'U+02DD-02FF',
	'U+1D00-1DBF',
	'U+1E00-1E9F',
	'U+1EF2-1EFF',
	'U+2020',
	'U+20A0-20AB',
	'U+20AD-20C0',
	'U+2113',
	'U+2C60-2C7F',
	'U+A720-A7FF'
];
const VIETNAMESE = [
	'U+0102-0103',
	'U+0110-0111',
	'U+0128-0129',
	'U+0168-0169',
	'U+01A0-01A1',
	'U+01AF-01B0',
	'U+0300-0301',
	'U+0303-0304',
	'U+0308-0309',
	'U+0323',
	'U+0329',
	'U+1EA0-1EF9',
	'U+20AB'
];

export const BASEMAP_FONT_FACES: FontFaces = {
	[FONT.regular]: [
		{ url: latin400, 'unicode-range': LATIN },
		{ url: latinExt400, 'unicode-range': LATIN_EXT },
		{ url: vietnamese400, 'unicode-range': VIETNAMESE }
	],
	[FONT.italic]: [
		{ url: latin400Italic, 'unicode-range': LATIN },
		{ url: latinExt400Italic, 'unicode-range': LATIN_EXT }
	],
	[FONT.semibold]: [
		{ url: latin600, 'unicode-range': LATIN },
		{ url: latinExt600, 'unicode-range': LATIN_EXT }
	]
};
