/**
 * The handlers against the real geodata through the real loader: the seed briefing as GIS
 * clients and pages will see it, and a broken copy of it as the loader reports it.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog, type Catalog } from '../catalog';
import { createApi } from './api';
import { apiRequest } from './fixtures/catalog';

const geodata = fileURLToPath(new URL('../../../../geodata', import.meta.url));
const id = 'iran-drones-2022';
const places = `${id}.places`;
const events = `${id}.events`;

let catalog: Catalog;
beforeAll(async () => {
	catalog = await loadCatalog(geodata);
});

async function get(handler: keyof ReturnType<typeof createApi>, path: string, params = {}) {
	const api = createApi();
	const response = (api[handler] as (c: Catalog, r: ReturnType<typeof apiRequest>) => Response)(
		catalog,
		apiRequest(path, params)
	);
	return { response, body: JSON.parse(await response.text()) };
}

const featureIds = (body: { features: { id: string }[] }) => body.features.map((f) => f.id);

describe('the seed briefing through the API', () => {
	it('is served, with a places and an events collection', async () => {
		expect(catalog.broken.size).toBe(0);
		const { body } = await get('collections', '/api/collections');
		expect(body.collections.map((c: { id: string }) => c.id)).toEqual(
			expect.arrayContaining([places, events])
		);
		expect(body.notices).toEqual([]);
	});

	it('pages through every place with the default limit and next links', async () => {
		const all = catalog.briefings.get(id)!.places.features.map((f) => f.id);
		expect(all.length).toBeGreaterThan(10);
		const seen: string[] = [];
		let path: string | undefined = `/api/collections/${places}/items`;
		while (path) {
			const { body } = await get('items', path, { collectionId: places });
			expect(body.numberMatched).toBe(all.length);
			expect(body.numberReturned).toBeLessThanOrEqual(10);
			seen.push(...featureIds(body));
			const next = body.links.find((l: { rel: string }) => l.rel === 'next');
			path = next ? new URL(next.href).pathname + new URL(next.href).search : undefined;
		}
		expect(seen).toEqual(all);
	});

	it('filters places to a box around Iran', async () => {
		const { body } = await get('items', `/api/collections/${places}/items?bbox=44,25,63,40`, {
			collectionId: places
		});
		const ids = featureIds(body);
		expect(ids).toEqual(expect.arrayContaining(['kashan-airfield', 'tehran', 'isfahan']));
		expect(ids).not.toContain('moscow');
		expect(ids).not.toContain('kyiv');
		expect(ids).not.toContain('washington');
	});

	it('filters events by date: both showings at Kashan fall in June–July 2022', async () => {
		const { body } = await get(
			'items',
			`/api/collections/${events}/items?datetime=2022-06-01/2022-07-10&limit=100`,
			{ collectionId: events }
		);
		expect(featureIds(body)).toEqual(expect.arrayContaining(['first-showing', 'second-showing']));
		for (const feature of body.features) {
			expect(
				feature.properties.date >= '2022-06-01' && feature.properties.date <= '2022-07-10'
			).toBe(true);
		}
	});

	it('places events at their first place, and events without one have a null geometry', async () => {
		const { body } = await get('items', `/api/collections/${events}/items?limit=100`, {
			collectionId: events
		});
		const briefing = catalog.briefings.get(id)!;
		for (const feature of body.features) {
			const event = briefing.events.find((e) => e.id === feature.id)!;
			const place = briefing.places.features.find((p) => p.id === event.placeIds[0]);
			if (place?.geometry.type === 'Point') expect(feature.geometry).toEqual(place.geometry);
			if (!place) expect(feature.geometry).toBeNull();
		}
		expect(body.numberMatched).toBe(briefing.events.length);
		const geometries = body.features.map(
			(f: { geometry: { type: string } | null }) => f.geometry?.type ?? null
		);
		expect(geometries).toContain(null);
		expect(geometries).toContain('Point');
	});

	it('words a reported claim as the claim of who makes it, with who denies it', async () => {
		const { body } = await get('items', `/api/collections/${events}/items?limit=100`, {
			collectionId: events
		});
		const byId = new Map(
			body.features.map((f: { id: string; properties: Record<string, unknown> }) => [
				f.id,
				f.properties
			])
		);
		expect(byId.get('sullivan-statement')).toMatchObject({
			title:
				'US (Jake Sullivan) says Iran is preparing to give Russia up to several hundred drones, on an expedited timeline; Iran denies',
			claimedBy: 'US (Jake Sullivan)',
			claimStatus: 'denied',
			deniedBy: ['Iran']
		});
		expect(byId.get('first-showing')).toMatchObject({
			title: expect.stringMatching(/^US says Iranian officials showed /),
			claimStatus: 'claimed'
		});
		expect(byId.get('invasion-begins')).toMatchObject({ claimedBy: null, claimStatus: null });
	});

	it('serves every feature of every collection at its own URL', async () => {
		const { body: list } = await get('collections', '/api/collections');
		const ids: string[] = list.collections.map((c: { id: string }) => c.id);
		expect(ids).toContain(`${id}.range-rings`);
		for (const collectionId of ids) {
			const { body } = await get('items', `/api/collections/${collectionId}/items?limit=1000`, {
				collectionId
			});
			expect(body.numberReturned).toBeGreaterThan(0);
			for (const feature of body.features) {
				const { response, body: single } = await get(
					'feature',
					`/api/collections/${collectionId}/items/${encodeURIComponent(feature.id)}`,
					{ collectionId, featureId: String(feature.id) }
				);
				expect(response.status, `${collectionId}/${feature.id}`).toBe(200);
				expect(single.id).toBe(feature.id);
			}
		}
	});

	it('draws the range bands around the default launch place, Kashan Airfield', async () => {
		const rings = `${id}.range-rings`;
		const { body } = await get('collection', `/api/collections/${rings}`, { collectionId: rings });
		expect(body.description).toContain('Kashan Airfield');
		const [[west, south, east, north]] = body.extent.spatial.bbox;
		expect(west).toBeLessThan(51.57704);
		expect(east).toBeGreaterThan(51.57704);
		expect(south).toBeLessThan(33.89533);
		expect(north).toBeGreaterThan(33.89533);
	});

	it('serves Kashan Airfield as a single feature', async () => {
		const { response, body } = await get(
			'feature',
			`/api/collections/${places}/items/kashan-airfield`,
			{ collectionId: places, featureId: 'kashan-airfield' }
		);
		expect(response.status).toBe(200);
		expect(body.geometry).toEqual({ type: 'Point', coordinates: [51.57704, 33.89533] });
	});

	it('serves the whole bundle as the loader read it', async () => {
		const { body } = await get('briefing', `/api/briefings/${id}`, { id });
		const briefing = catalog.briefings.get(id)!;
		expect(body.meta).toEqual(JSON.parse(JSON.stringify(briefing.meta)));
		expect(body.article.paragraphs).toHaveLength(briefing.article.paragraphs.length);
		expect(body.places.features).toHaveLength(briefing.places.features.length);
		expect(body.platforms.map((p: { id: string }) => p.id)).toEqual(
			briefing.platforms.map((p) => p.id)
		);
		expect(body.events).toHaveLength(briefing.events.length);
	});

	it('describes the events collection with the temporal extent of its dates', async () => {
		const { body } = await get('collection', `/api/collections/${events}`, {
			collectionId: events
		});
		const dates = catalog.briefings
			.get(id)!
			.events.map((e) => e.date)
			.sort();
		const [[start, end]] = body.extent.temporal.interval;
		expect(start.slice(0, 10)).toBe(dates[0]);
		expect(end.slice(0, 10)).toBe(dates.at(-1));
	});
});

describe('a broken copy of the seed briefing', () => {
	let dir: string;
	let broken: Catalog;

	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'briefmap-api-'));
		await cp(join(geodata, 'briefings', id), join(dir, 'briefings', id), { recursive: true });
		await cp(join(geodata, 'briefings', id), join(dir, 'briefings', 'broken-copy'), {
			recursive: true
		});
		await writeFile(join(dir, 'briefings', 'broken-copy', 'places.geojson'), '{"type": "Feature');
		broken = await loadCatalog(dir);
	});

	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('is a 503 problem naming the file, while the good briefing is still served', async () => {
		const api = createApi();
		const response = api.items(
			broken,
			apiRequest('/api/collections/broken-copy.places/items', {
				collectionId: 'broken-copy.places'
			})
		);
		expect(response.status).toBe(503);
		const problem = JSON.parse(await response.text());
		expect(problem.problems.map((p: { file: string }) => p.file)).toContain(
			'briefings/broken-copy/places.geojson'
		);
		const good = api.items(
			broken,
			apiRequest(`/api/collections/${places}/items`, { collectionId: places })
		);
		expect(good.status).toBe(200);
	});

	it('is noticed on the landing page and in the collection list', async () => {
		const api = createApi();
		for (const handler of [api.landing, api.collections]) {
			const body = JSON.parse(await handler(broken, apiRequest('/api/x')).text());
			expect(body.notices.map((n: { briefingId: string }) => n.briefingId)).toEqual([
				'broken-copy'
			]);
		}
	});
});
