/**
 * Reloading one briefing while the server runs, as whatever saves a briefing does: a valid edit
 * is served from the next request on (no cached response of the old version survives), and a
 * broken hand edit is reported while the last valid version stays served.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeGeodataFixture, SEED_ID, type GeodataFixture } from './geodata-fixture';
import { apiRequest } from './ogc/fixtures/catalog';
import { requestKey, responseCache } from './response-cache';

type CatalogModule = typeof import('./catalog');
type ApiModule = typeof import('./ogc/api');

let fixture: GeodataFixture;
let catalogModule: CatalogModule;
let api: ApiModule['api'];
const logged: string[] = [];

beforeAll(async () => {
	fixture = await makeGeodataFixture();
	await fixture.copySeed('second');
	vi.stubEnv('GEODATA_DIR', fixture.dir);
	vi.resetModules();
	catalogModule = await import('./catalog');
	api = (await import('./ogc/api')).api;
	vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
		logged.push(args.join(' '));
	});
}, 60_000);

beforeEach(() => {
	logged.length = 0;
});

afterAll(async () => {
	vi.restoreAllMocks();
	vi.unstubAllEnvs();
	await fixture.cleanup();
});

/** GET /api/briefings/{id} on the shared API, as the route and then the hooks handle it. */
async function getBriefing(id: string) {
	const catalog = await catalogModule.getCatalog();
	const request = apiRequest(`/api/briefings/${id}`, { id });
	const response = api.briefing(catalog, request);
	responseCache().recordSent(requestKey(request.url, request.headers), response.clone());
	return {
		status: response.status,
		etag: response.headers.get('etag'),
		body: await response.json()
	};
}

/** Whether the Node server in front of SvelteKit would answer GET /api/briefings/{id} itself. */
function servedByNodeServer(id: string): boolean {
	const request = { method: 'GET', url: `/api/briefings/${id}`, headers: { host: 'test.local' } };
	const response = { writeHead: () => response, end: () => response };
	return responseCache().serve(request as never, response as never);
}

const retitle = (id: string, title: string) =>
	fixture.editJson(id, 'meta', (meta) => ({ ...meta, title }));

describe('reloadBriefing', () => {
	it('serves a valid edit from the next request on, not the cached response', async () => {
		const before = await getBriefing(SEED_ID);
		expect(before.status).toBe(200);
		const second = await getBriefing('second');

		await retitle(SEED_ID, 'Edited while running');
		expect((await getBriefing(SEED_ID)).etag).toBe(before.etag);
		expect(servedByNodeServer(SEED_ID)).toBe(true);
		const result = await catalogModule.reloadBriefing(SEED_ID);
		expect(servedByNodeServer(SEED_ID)).toBe(false);
		expect(servedByNodeServer('second')).toBe(true);

		expect(result.status).toBe('reloaded');
		const after = await getBriefing(SEED_ID);
		expect(after.etag).not.toBe(before.etag);
		expect(after.body.meta.title).toBe('Edited while running');
		// The other briefing is untouched.
		expect((await getBriefing('second')).etag).toBe(second.etag);
	});

	it('keeps serving the last valid version after a broken hand edit, and reports it', async () => {
		const good = await getBriefing(SEED_ID);
		await fixture.writeRaw(SEED_ID, 'places', '{ "type": "FeatureCollection", "features": [');

		const result = await catalogModule.reloadBriefing(SEED_ID);

		expect(result.status).toBe('kept-last-good');
		if (result.status !== 'kept-last-good') return;
		expect(result.problems[0]?.file).toBe(`briefings/${SEED_ID}/places.geojson`);
		expect(result.catalog.stale?.get(SEED_ID)).toEqual(result.problems);
		expect(result.catalog.broken.has(SEED_ID)).toBe(false);
		expect(logged.some((line) => line.includes(`briefings/${SEED_ID}/places.geojson`))).toBe(true);
		expect(logged.join('\n')).toContain('its last valid version is still served');
		const served = await getBriefing(SEED_ID);
		expect(served.status).toBe(200);
		expect(served.body).toEqual(good.body);
		const catalog = await catalogModule.getCatalog();
		const list = await api.briefings(catalog, apiRequest('/api/briefings')).json();
		expect(list.stale).toMatchObject([{ briefingId: SEED_ID, status: 'stale' }]);
		expect(list.briefings.map((b: { id: string }) => b.id)).toContain(SEED_ID);

		// Repaired: served again, and no longer listed as stale.
		await fixture.copySeed(SEED_ID);
		const repaired = await catalogModule.reloadBriefing(SEED_ID);
		expect(repaired.status).toBe('reloaded');
		expect(repaired.catalog.stale?.has(SEED_ID)).toBe(false);
	});

	it('reports a new briefing with problems as broken, and drops a deleted one', async () => {
		await fixture.copySeed('fresh');
		await rm(join(fixture.dir, 'briefings/fresh/events.json'));
		const broken = await catalogModule.reloadBriefing('fresh');
		expect(broken.status).toBe('broken');
		expect((await getBriefing('fresh')).status).toBe(503);

		await rm(join(fixture.dir, 'briefings/second'), { recursive: true });
		const removed = await catalogModule.reloadBriefing('second');
		expect(removed.status).toBe('removed');
		expect((await getBriefing('second')).status).toBe(404);
	});
});
