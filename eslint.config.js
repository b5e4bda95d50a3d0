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
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/map/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [mapLibreOnlyInMap] }] }
	},
	{
		files: ['src/lib/geo/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						mapLibreOnlyInMap,
						{
							group: ['svelte', 'svelte/*', '$app/*', '$env/*'],
							message: 'src/lib/geo is pure TypeScript.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/geoparse/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						mapLibreOnlyInMap,
						{
							group: [
								'svelte',
								'svelte/*',
								'$app/*',
								'$env/*',
								'$lib/server/*',
								'node:*',
								'fs',
								'fs/*',
								'path'
							],
							message:
								'src/lib/geoparse is pure TypeScript: no Svelte, SvelteKit, server code or file system.'
						}
					]
				}
			]
		}
	},
	{
		ignores: [
			'geodata/gazetteer/index.json',
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'static/basemap/',
			'test-results/',
			'bench-results/'
		]
	}
);
