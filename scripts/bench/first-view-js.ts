/**
 * The JavaScript a page's first view loads, chunk by chunk: what the browser fetched (bytes on
 * the wire and their encoding), each chunk's gzip size from the build, whether it is MapLibre or
 * the app's own code, and which source modules it holds (from `.vite/chunk-modules.json`, see
 * scripts/build/chunk-modules.ts). The page is left alone — no user input — until the map has
 * settled and the network has been quiet for a moment; each script is marked by whether it was
 * requested before the map first settled (`window.__mapReadyAt`) or after, so code put off until
 * then is listed, and counted apart, not missed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { chunkModulesFile, type ChunkModules } from '../build/chunk-modules';

export interface FirstViewChunk {
	/** Path as served, e.g. `/_app/immutable/chunks/x.js`. */
	path: string;
	/** Response body bytes as transferred (compressed when the server compressed it). */
	wireBytes: number;
	/** Content-Encoding of the response ('' when none). */
	encoding: string;
	/** Requested before the map first settled with the briefing's places drawn. */
	beforeReady: boolean;
	/** The built file gzipped at level 9: the budget's unit, independent of the server. */
	gzipBytes: number;
	maplibre: boolean;
	/** Source modules in the chunk with their rendered bytes, largest first. */
	modules: [name: string, bytes: number][];
}

const clientOutput = '.svelte-kit/output/client';

/** Modules per chunk from the last build; empty when the build predates the plugin. */
export function readChunkModules(): ChunkModules {
	const file = join(clientOutput, chunkModulesFile);
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ChunkModules) : {};
}

/** MapLibre's library chunk and its worker: named so by Vite, or the chunk that holds the package. */
export function isMapLibreChunk(path: string, modules: string[]): boolean {
	if (/maplibre-gl/.test(path.split('/').pop() ?? '')) return true;
	const bytes = modules.filter((m) => m.includes('node_modules/maplibre-gl/')).length;
	return bytes > 0 && bytes === modules.length;
}

/** Opens `url` in `page` and lists every script it fetched for its first view. */
export async function loadFirstView(page: Page, url: string): Promise<FirstViewChunk[]> {
	const fetched: Promise<
		{ path: string; wireBytes: number; encoding: string; requestedAt: number } | undefined
	>[] = [];
	page.on('requestfinished', (request) => {
		const path = new URL(request.url()).pathname;
		if (!/\.m?js$/.test(path)) return;
		fetched.push(
			(async () => {
				const response = await request.response();
				const sizes = await request.sizes();
				// A worker's script reports no body size; its Content-Length says what came.
				const length = Number((await response?.headerValue('content-length')) ?? 0);
				return {
					path,
					wireBytes: sizes.responseBodySize || length,
					encoding: (await response?.headerValue('content-encoding')) ?? '',
					requestedAt: request.timing().startTime
				};
			})()
		);
	});
	await page.goto(url);
	await page.waitForFunction(
		() => typeof (window as { __mapReadyAt?: number }).__mapReadyAt === 'number',
		null,
		{
			timeout: 60_000
		}
	);
	await page.waitForLoadState('networkidle');
	// Work scheduled for idle time (requestIdleCallback) starts after the network first goes quiet.
	await page.waitForTimeout(1500);
	await page.waitForLoadState('networkidle');
	const readyAt = await page.evaluate(
		() => performance.timeOrigin + (window as unknown as { __mapReadyAt: number }).__mapReadyAt
	);
	const chunkModules = readChunkModules();
	const seen = new Set<string>();
	const chunks: FirstViewChunk[] = [];
	for (const entry of await Promise.all(fetched)) {
		if (!entry || seen.has(entry.path)) continue;
		seen.add(entry.path);
		const file = join('build/client', entry.path);
		const gzipBytes = existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
		const modules = Object.entries(chunkModules[entry.path.replace(/^\//, '')] ?? {}).sort(
			(a, b) => b[1] - a[1]
		);
		const { requestedAt, ...loaded } = entry;
		chunks.push({
			...loaded,
			beforeReady: requestedAt <= readyAt,
			gzipBytes,
			maplibre: isMapLibreChunk(
				entry.path,
				modules.map(([name]) => name)
			),
			modules
		});
	}
	return chunks;
}

/** Sums of a chunk list: app and MapLibre, gzip and on the wire. */
export function sumChunks(chunks: FirstViewChunk[]) {
	const sum = (list: FirstViewChunk[], key: 'gzipBytes' | 'wireBytes') =>
		list.reduce((total, chunk) => total + chunk[key], 0);
	const app = chunks.filter((c) => !c.maplibre);
	const maplibre = chunks.filter((c) => c.maplibre);
	return {
		appChunks: app.length,
		appGzipBytes: sum(app, 'gzipBytes'),
		appWireBytes: sum(app, 'wireBytes'),
		maplibreGzipBytes: sum(maplibre, 'gzipBytes'),
		maplibreWireBytes: sum(maplibre, 'wireBytes')
	};
}

/** The sums for what the first view needs (until the map settles) and for what follows it. */
export function sumFirstView(chunks: FirstViewChunk[]) {
	return {
		...sumChunks(chunks.filter((chunk) => chunk.beforeReady)),
		later: sumChunks(chunks.filter((chunk) => !chunk.beforeReady))
	};
}

/** The chunk list as a markdown table, with each chunk's three largest modules. */
export function firstViewTable(chunks: FirstViewChunk[]): string {
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);
	const rows = [...chunks]
		.sort((a, b) => Number(b.beforeReady) - Number(a.beforeReady) || b.gzipBytes - a.gzipBytes)
		.map((chunk) => {
			const top = chunk.modules
				.slice(0, 3)
				.map(([name, bytes]) => `${name.replace(/^node_modules\//, '')} (${kb(bytes)})`)
				.join(', ');
			const more = chunk.modules.length > 3 ? ` +${chunk.modules.length - 3} more` : '';
			const when = chunk.beforeReady ? 'first view' : 'after it';
			return `| ${chunk.path.split('/').slice(-2).join('/')} | ${chunk.maplibre ? 'MapLibre' : 'app'} | ${when} | ${kb(chunk.gzipBytes)} | ${kb(chunk.wireBytes)} ${chunk.encoding} | ${top}${more} |`;
		});
	return [
		'| chunk | kind | requested | gzip KB | wire KB | largest modules (KB before compression) |',
		'| --- | --- | --- | --- | --- | --- |',
		...rows
	].join('\n');
}
