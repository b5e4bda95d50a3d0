/**
 * Damaged geodata at start-up, as the running server meets it: a truncated JSON file, binary
 * garbage, a deleted file and an unreadable one, each in its own copy of the seed briefing. The seed must still be served, and every damaged briefing must be
 * reported in the log, by `/api/briefings` and the API landing page, and on the home page.
 *
 * The catalog is read once per process (`getCatalog` memoises it) and files are not watched:
 * a file changed while the server runs takes effect when whatever wrote it calls
 * `reloadBriefing` (catalog-reload.spec.ts), or at the next start. The last test pins that
 * down. Watching was left out on purpose: editors write files in several steps so a watcher
 * would catch half-written states, and recursive `fs.watch` is not dependable on every platform
 * Node 20 runs on. `npm run geodata:check` validates hand edits.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BriefingProblem } from '../briefing/types';
import { load } from '../../routes/+page.server';
import HomePage from '../../routes/+page.svelte';
import { getCatalog, type Catalog } from './catalog';
import { makeGeodataFixture, SEED_ID, type GeodataFixture } from './geodata-fixture';
import { createApi } from './ogc/api';
import { apiRequest } from './ogc/fixtures/catalog';

/**
 * The file the disk refuses to read. Permissions cannot make it so (root, which CI and
 * containers run as, reads any file), so the read itself is made to fail as the operating
 * system fails it, with EACCES, and every other read goes to the disk.
 */
const UNREADABLE = /[\\/]briefings[\\/]unreadable-file[\\/]platforms\.json$/;

vi.mock('node:fs/promises', async (importOriginal) => {
	const fs = await importOriginal<typeof import('node:fs/promises')>();
	const readFile = ((path: Parameters<typeof fs.readFile>[0], ...rest: unknown[]) => {
		if (UNREADABLE.test(String(path))) {
			const error = new Error(`EACCES: permission denied, open '${String(path)}'`);
			return Promise.reject(Object.assign(error, { code: 'EACCES' }));
		}
		return (fs.readFile as (...args: unknown[]) => Promise<unknown>)(path, ...rest);
	}) as typeof fs.readFile;
	return { ...fs, default: { ...fs, readFile }, readFile };
});

const DAMAGED = ['binary-garbage', 'deleted-file', 'truncated-json', 'unreadable-file'];

let fixture: GeodataFixture;
let catalog: Catalog;
const logged: string[] = [];

beforeAll(async () => {
	fixture = await makeGeodataFixture();
	const f = fixture;

	await f.copySeed('truncated-json');
	const places = await readFile(join(f.dir, 'briefings/truncated-json/places.geojson'), 'utf8');
	await f.writeRaw('truncated-json', 'places', places.slice(0, Math.floor(places.length / 2)));

	await f.copySeed('binary-garbage');
	// A PNG signature and bytes that are not UTF-8: what a mis-saved or mis-copied file holds.
	const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 151 + 89) % 256);
	garbage.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	await f.writeRaw('binary-garbage', 'events', garbage);

	await f.copySeed('deleted-file');
	await rm(join(f.dir, 'briefings/deleted-file/briefing.json'));

	await f.copySeed('unreadable-file');

	vi.stubEnv('GEODATA_DIR', f.dir);
	vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
		logged.push(args.join(' '));
	});
	catalog = await getCatalog();
});

afterAll(async () => {
	vi.restoreAllMocks();
	vi.unstubAllEnvs();
	await fixture.cleanup();
});

const only = (problems: BriefingProblem[] | undefined) => {
	expect(problems).toHaveLength(1);
	return problems![0]!;
};

describe('damaged geodata at start-up', () => {
	it('keeps serving the seed briefing', () => {
		expect([...catalog.briefings.keys()]).toEqual([SEED_ID]);
		expect([...catalog.broken.keys()].sort()).toEqual(DAMAGED);
	});

	it('reports a truncated file with the line, column and path where it stops', () => {
		const problem = only(catalog.broken.get('truncated-json'));
		expect(problem.file).toBe('briefings/truncated-json/places.geojson');
		expect(problem.path).toMatch(/^\$\.features\[\d+\]/);
		expect(problem.message).toMatch(/^invalid JSON at line \d+, column \d+: /);
	});

	it.each([
		[
			'binary garbage as not text, without quoting it',
			'binary-garbage',
			'events.json',
			'the file is not valid UTF-8 text'
		],
		['a deleted file as missing', 'deleted-file', 'briefing.json', 'the file is missing'],
		[
			'a file the system refuses to read, with its error code',
			'unreadable-file',
			'platforms.json',
			'the file cannot be read (EACCES)'
		]
	])('reports %s', (_, id, file, message) => {
		expect(only(catalog.broken.get(id))).toEqual({
			briefingId: id,
			file: `briefings/${id}/${file}`,
			path: '$',
			message
		});
	});

	it('logs every problem once, as file, path and reason', () => {
		for (const id of DAMAGED) {
			const { file, path } = only(catalog.broken.get(id));
			expect(logged.filter((line) => line.startsWith(`geodata: ${file} ${path}: `))).toHaveLength(
				1
			);
		}
	});

	it('lists the damaged briefings in /api/briefings and on the API landing page', async () => {
		const api = createApi();
		const list = await api.briefings(catalog, apiRequest('/api/briefings')).json();
		expect(list.briefings.map((b: { id: string }) => b.id)).toEqual([SEED_ID]);
		const unavailable = list.unavailable.map((n: { briefingId: string }) => n.briefingId);
		expect(unavailable).toEqual(expect.arrayContaining(DAMAGED));
		const deleted = list.unavailable.find(
			(n: { briefingId: string }) => n.briefingId === 'deleted-file'
		);
		expect(deleted.problems[0].file).toBe('briefings/deleted-file/briefing.json');

		const landing = await api.landing(catalog, apiRequest('/api')).json();
		expect(landing.notices.map((n: { briefingId: string }) => n.briefingId)).toEqual(unavailable);
	});

	it('answers a damaged briefing’s bundle with a 503 problem that lists the fault', async () => {
		const response = createApi().briefing(
			catalog,
			apiRequest('/api/briefings/truncated-json', { id: 'truncated-json' })
		);
		expect(response.status).toBe(503);
		const problem = await response.json();
		expect(problem.detail).toContain('truncated-json');
		expect(problem.problems[0].file).toBe('briefings/truncated-json/places.geojson');
	});

	it('shows the damaged briefings on the home page, file, path and reason', async () => {
		type HomeData = Exclude<Awaited<ReturnType<typeof load>>, void>;
		const data = (await load({} as Parameters<typeof load>[0])) as HomeData;
		expect(data.briefings.map((b: { id: string }) => b.id)).toEqual([SEED_ID]);
		const { body } = render(HomePage, { props: { data } as never });
		expect(body).toContain('Briefings not served because their files have problems');
		for (const id of DAMAGED) {
			const { file, path, message } = only(catalog.broken.get(id));
			expect(body).toContain(`<h3>${id}</h3>`);
			expect(body).toContain(`<code>${file}</code> <code>${path}</code>: ${message}`);
		}
	});

	it('does not watch files: a repair takes effect when the briefing is reloaded', async () => {
		await fixture.copySeed('deleted-file');
		const again = await getCatalog();
		expect(again).toBe(catalog);
		expect(again.broken.has('deleted-file')).toBe(true);
	});
});
