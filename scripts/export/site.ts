/**
 * Writes briefings as a static site: the app's pages as the production server renders them,
 * with their data (`__data.json`, fetched when moving between pages), the built assets, the
 * single-file download, and the basemap as `{z}/{x}/{y}.pbf` files — nothing that needs HTTP
 * Range requests or a server, so python's http.server, nginx or an object store serve it.
 *
 * The pages come from the production build's own handler, run in this process on a loopback
 * port: the site is what the app serves, not a second rendering of it.
 */
import { createServer, type Server } from 'node:http';
import {
	cpSync,
	mkdirSync,
	readdirSync,
	rmSync,
	statSync,
	writeFileSync,
	existsSync
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AddressInfo } from 'node:net';
import type { Briefing } from '../../src/lib/briefing/types.ts';
import { cutRegionBasemap } from '../../src/lib/server/export/region-basemap.ts';
import { buildSingleFile } from '../../src/lib/server/export/single-file.ts';
import {
	placePositions,
	readPortableShell,
	readWorldArchive
} from '../../src/lib/server/export/offline-file.ts';
import { STATIC_TILES_DIRECTORY, toStaticPage } from './static-page.ts';

/** The pages of one briefing, by app path. */
const briefingPages = (id: string) => [
	`/b/${id}`,
	`/b/${id}/present`,
	`/b/${id}/presenter`,
	`/b/${id}/embed`
];

async function startBuiltApp(): Promise<{ origin: string; server: Server }> {
	const handlerPath = resolve('build/handler.js');
	if (!existsSync(handlerPath)) throw new Error('build/handler.js is missing; run npm run build.');
	const { handler } = (await import(pathToFileURL(handlerPath).href)) as {
		handler: Parameters<typeof createServer>[1];
	};
	const server = createServer(handler);
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { origin: `http://127.0.0.1:${port}`, server };
}

function writeFile(root: string, path: string, content: string | Uint8Array): void {
	const target = join(root, path);
	mkdirSync(dirname(target), { recursive: true });
	writeFileSync(target, content);
}

async function fetchOk(url: string): Promise<Response> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${await response.text()}`);
	return response;
}

export interface SiteReport {
	files: number;
	bytes: number;
}

export async function exportSite(
	ids: readonly string[] | 'all',
	outDir: string
): Promise<SiteReport> {
	const root = resolve(outDir);
	const { origin, server } = await startBuiltApp();
	const write = (path: string, content: string | Uint8Array) => writeFile(root, path, content);
	try {
		const list = (await (await fetchOk(`${origin}/api/briefings`)).json()) as {
			briefings: { id: string }[];
		};
		const known = list.briefings.map((b) => b.id);
		const chosen = ids === 'all' ? known : ids;
		for (const id of chosen)
			if (!known.includes(id))
				throw new Error(`No briefing has the id “${id}” (known: ${known.join(', ') || 'none'}).`);

		rmSync(root, { recursive: true, force: true });
		cpSync(resolve('build/client'), root, {
			recursive: true,
			// The archive is replaced by plain tiles; precompressed copies are left to the host,
			// which compresses (or not) as it is configured to.
			filter: (source) => !/\.(pmtiles|br|gz)$/.test(source)
		});

		const pages = [...(ids === 'all' ? ['/'] : []), ...chosen.flatMap(briefingPages)];
		for (const path of pages) {
			const page = await fetchOk(origin + path);
			const html = toStaticPage(await page.text(), page.headers.get('content-security-policy'));
			write(join(path, 'index.html'), html);
			const data = await fetchOk(`${origin}${path === '/' ? '' : path}/__data.json`);
			write(join(path, '__data.json'), await data.text());
		}
		if (ids !== 'all') {
			// One briefing: the site's front door is that briefing.
			const target = `b/${chosen[0]}/`;
			write(
				'index.html',
				`<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${target}"><title>briefmap</title><a href="${target}">Open the briefing</a>`
			);
		}

		const briefings: Briefing[] = [];
		for (const id of chosen) {
			const response = await fetchOk(`${origin}/api/briefings/${id}`);
			const { links: _links, ...briefing } = (await response.json()) as Briefing & {
				links: unknown;
			};
			briefings.push(briefing);
			const svg = await fetchOk(`${origin}/b/${id}/static-map.svg`);
			write(`b/${id}/static-map.svg`, new Uint8Array(await svg.arrayBuffer()));
		}

		const world = await readWorldArchive();
		const region = await cutRegionBasemap(world, briefings.flatMap(placePositions));
		for (const tile of region.tiles)
			write(`${STATIC_TILES_DIRECTORY}/${tile.z}/${tile.x}/${tile.y}.pbf`, tile.data);
		const { header, metadata } = region;
		write(
			`${STATIC_TILES_DIRECTORY}/tiles.json`,
			JSON.stringify({
				minzoom: header.minZoom,
				maxzoom: header.maxZoom,
				bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
				attribution: metadata.attribution,
				vector_layers: metadata.vector_layers,
				available: region.tiles.map((t) => `${t.z}/${t.x}/${t.y}`)
			})
		);

		const shell = await readPortableShell();
		for (const briefing of briefings) {
			const own = await cutRegionBasemap(world, placePositions(briefing));
			write(`b/${briefing.id}/offline.html`, buildSingleFile(shell, briefing, own.archive));
		}
	} finally {
		server.close();
	}
	return measureDirectory(root);
}

/** Files and bytes below a directory: what a host will store. */
function measureDirectory(dir: string): SiteReport {
	let files = 0;
	let bytes = 0;
	for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
		const stat = statSync(join(dir, entry));
		if (!stat.isFile()) continue;
		files++;
		bytes += stat.size;
	}
	return { files, bytes };
}
