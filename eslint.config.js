import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Module boundaries (DESIGN.md "Architecture"), enforced mechanically. */
const mapLibreOnlyInMap = {
	group: ['maplibre-gl', 'maplibre-gl/*'],
	message: 'Only src/lib/map imports maplibre-gl.'
};
const noUi = {
	group: ['**/components/*', '**/map/*', '**/state/*', '**/present/*', '**/routes/*'],
	message:
		'No UI here: components, map, state and routes import this folder, not the other way round.'
};

/**
 * `no-restricted-imports` for the files of one folder. A later entry replaces an earlier one's
 * patterns for the same file, so every folder outside src/lib/map repeats the maplibre-gl rule.
 */
function boundary(files, patterns, { ignores = [], mapLibre = false } = {}) {
	return {
		files,
		ignores,
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: mapLibre ? patterns : [mapLibreOnlyInMap, ...patterns] }
			]
		}
	};
}

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			// The app is served at the root (no `paths.base`), so plain hrefs are already resolved.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	boundary(['src/**/*.ts', 'src/**/*.svelte'], [], { ignores: ['src/lib/map/**'] }),
	// Pure geodesy: numbers and geometry in, numbers and geometry out — no wording, no UI.
	boundary(
		['src/lib/geo/**'],
		[
			{
				group: ['svelte', 'svelte/*', '$app/*', '$env/*'],
				message: 'src/lib/geo is pure TypeScript.'
			},
			{
				group: ['**/briefing/*', '!**/briefing/types', '**/server/*', '**/styles/*', ...noUi.group],
				message:
					'src/lib/geo is pure geodesy: it may use the data model types, not wording, UI or server code.'
			}
		]
	),
	// The data model and its rules: used by UI and server alike.
	boundary(
		['src/lib/briefing/**'],
		[noUi, { group: ['**/server/*'], message: 'src/lib/briefing runs in the browser too.' }]
	),
	// Tests of the server may render the pages it serves.
	boundary(['src/lib/server/**'], [noUi], { ignores: ['src/lib/server/**/*.spec.ts'] }),
	boundary(['src/lib/styles/**'], [noUi], { ignores: ['src/lib/styles/**/*.spec.ts'] }),
	// The UI without the map and the map without the UI: the page composes them.
	boundary(
		['src/lib/components/**'],
		[{ group: ['**/map/*'], message: 'Components do not import the map; the page composes both.' }]
	),
	boundary(
		['src/lib/map/**'],
		[
			{
				group: ['**/components/*'],
				message: 'The map does not import components; the page passes content in.'
			}
		],
		{ mapLibre: true }
	),
	boundary(
		['src/lib/geoparse/**'],
		[
			noUi,
			{
				group: [
					'svelte',
					'svelte/*',
					'$app/*',
					'$env/*',
					'$lib/server/*',
					'**/server/*',
					'node:*',
					'fs',
					'fs/*',
					'path'
				],
				message:
					'src/lib/geoparse is pure TypeScript: no Svelte, SvelteKit, server code or file system.'
			}
		]
	),
	{
		ignores: [
			'geodata/gazetteer/index.bin',
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/basemap/',
			'test-results/',
			'bench-results/'
		]
	}
);
