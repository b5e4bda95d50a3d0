/** The handlers end to end (minus HTTP), against the hand-built catalog. */
import { describe, expect, it } from 'vitest';
import { createApi } from './api';
import type { CollectionKind } from './collection-kind';
import { apiRequest, brokenProblems, fixtureCatalog } from './fixtures/catalog';
import { collectionKinds } from './registry';

const catalog = fixtureCatalog();

async function json(response: Response) {
	return JSON.parse(await response.text());
}

function items(query = '', collectionId = 'alpha.places', api = createApi()) {
	return api.items(
		catalog,
		apiRequest(`/api/collections/${collectionId}/items${query}`, { collectionId })
	);
}

async function ids(response: Response): Promise<unknown[]> {
	expect(response.status).toBe(200);
	return (await json(response)).features.map((feature: { id: unknown }) => feature.id);
}

describe('landing page and conformance', () => {
	it('links self, service-desc, conformance and data, and notices the broken briefing', async () => {
		const response = createApi().landing(catalog, apiRequest('/api'));
		expect(response.headers.get('content-type')).toBe('application/json');
		const body = await json(response);
		const byRel = Object.fromEntries(
			body.links.map((l: { rel: string; href: string }) => [l.rel, l.href])
		);
		expect(byRel).toMatchObject({
			self: 'http://test.local/api',
			'service-desc': 'http://test.local/api/openapi',
			conformance: 'http://test.local/api/conformance',
			data: 'http://test.local/api/collections'
		});
		expect(body.notices).toEqual([
			expect.objectContaining({
				briefingId: 'broken-one',
				status: 'unavailable',
				problems: brokenProblems
			})
		]);
	});

	it('declares core, geojson and oas30', async () => {
		const body = await json(createApi().conformance(catalog, apiRequest('/api/conformance')));
		expect(body.conformsTo).toEqual([
			'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
			'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
			'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30'
		]);
	});

	it('serves the OpenAPI definition with its media type and the current collection ids', async () => {
		const response = createApi().openapi(catalog, apiRequest('/api/openapi'));
		expect(response.headers.get('content-type')).toBe(
			'application/vnd.oai.openapi+json;version=3.0'
		);
		const body = await json(response);
		expect(body.openapi).toMatch(/^3\.0\./);
		expect(body.servers).toEqual([{ url: 'http://test.local/api' }]);
		expect(body.components.parameters.collectionId.schema.enum).toEqual([
			'alpha.places',
			'alpha.events',
			'alpha.range-rings',
			'alpha.countries'
		]);
		expect(Object.keys(body.paths)).toContain('/collections/{collectionId}/items');
	});
});

describe('collections', () => {
	it('lists one collection per registered kind per served briefing, broken ones as notices', async () => {
		const body = await json(createApi().collections(catalog, apiRequest('/api/collections')));
		expect(body.collections.map((c: { id: string }) => c.id)).toEqual([
			'alpha.places',
			'alpha.events',
			'alpha.range-rings',
			'alpha.countries'
		]);
		expect(body.notices.map((n: { briefingId: string }) => n.briefingId)).toEqual(['broken-one']);
	});

	it('describes the places collection with links and a spatial extent, no temporal one', async () => {
		const response = createApi().collection(
			catalog,
			apiRequest('/api/collections/alpha.places', { collectionId: 'alpha.places' })
		);
		const body = await json(response);
		expect(body.extent.spatial).toEqual({
			bbox: [[-171.76, -18.14, 178.44, 35.69439]],
			crs: 'http://www.opengis.net/def/crs/OGC/1.3/CRS84'
		});
		expect(body.extent.temporal).toBeUndefined();
		expect(body.links).toContainEqual(
			expect.objectContaining({
				rel: 'items',
				type: 'application/geo+json',
				href: 'http://test.local/api/collections/alpha.places/items'
			})
		);
	});

	it('gives the events collection the span of its dates', async () => {
		const body = await json(
			createApi().collection(
				catalog,
				apiRequest('/api/collections/alpha.events', { collectionId: 'alpha.events' })
			)
		);
		expect(body.extent.temporal.interval).toEqual([
			['2015-07-14T00:00:00Z', '2022-07-16T23:59:59.999Z']
		]);
	});
});

describe('items', () => {
	it('is a GeoJSON FeatureCollection with counts, a timestamp and links', async () => {
		const response = items();
		expect(response.headers.get('content-type')).toBe('application/geo+json');
		const body = await json(response);
		expect(body.type).toBe('FeatureCollection');
		expect(body.numberMatched).toBe(5);
		expect(body.numberReturned).toBe(5);
		expect(Number.isNaN(Date.parse(body.timeStamp))).toBe(false);
		expect(body.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'collection']);
	});

	it('pages with limit and offset, and next/prev links that lead to the other pages', async () => {
		const api = createApi();
		const first = await json(items('?limit=2', 'alpha.places', api));
		expect(first.features.map((f: { id: string }) => f.id)).toEqual(['kashan-airfield', 'tehran']);
		const next = new URL(first.links.find((l: { rel: string }) => l.rel === 'next').href);
		const second = await json(items(next.search, 'alpha.places', api));
		expect(second.features.map((f: { id: string }) => f.id)).toEqual(['suva', 'apia']);
		expect(second.numberReturned).toBe(2);
		const last = await json(items('?limit=2&offset=4', 'alpha.places', api));
		expect(last.features.map((f: { id: string }) => f.id)).toEqual(['square']);
		expect(last.links.some((l: { rel: string }) => l.rel === 'next')).toBe(false);
		expect(new URL(last.links.find((l: { rel: string }) => l.rel === 'prev').href).search).toBe(
			'?limit=2&offset=2'
		);
	});

	it('returns an empty page past the end', async () => {
		const body = await json(items('?offset=50'));
		expect(body).toMatchObject({ numberMatched: 5, numberReturned: 0, features: [] });
	});

	it('filters by bbox', async () => {
		expect(await ids(items('?bbox=44,25,63,40'))).toEqual(['kashan-airfield', 'tehran']);
	});

	it('filters by a bbox across the antimeridian', async () => {
		expect(await ids(items('?bbox=170,-25,-170,-10'))).toEqual(['suva', 'apia']);
	});

	it('counts only the matches in numberMatched when filtering', async () => {
		const body = await json(items('?bbox=44,25,63,40&limit=1'));
		expect(body).toMatchObject({ numberMatched: 2, numberReturned: 1 });
		const next = body.links.find((l: { rel: string }) => l.rel === 'next');
		expect(new URL(next.href).searchParams.get('bbox')).toBe('44,25,63,40');
	});

	it('places events at their first place, with a null geometry where there is none', async () => {
		const body = await json(items('', 'alpha.events'));
		const byId = Object.fromEntries(body.features.map((f: { id: string }) => [f.id, f]));
		expect(byId['deal'].geometry).toBeNull();
		expect(byId['deal'].properties).toMatchObject({ date: '2015-07-14', locationLabel: 'Vienna' });
		expect(byId['first-showing'].geometry).toEqual({
			type: 'Point',
			coordinates: [51.57704, 33.89533]
		});
		expect(byId['summit'].geometry).toEqual({ type: 'Point', coordinates: [15, 15] });
		expect(byId['second-showing'].properties.factCheck.note).toContain('July 15');
	});

	it('leaves events without geometry out of a bbox query', async () => {
		expect(await ids(items('?bbox=-180,-90,180,90', 'alpha.events'))).not.toContain('deal');
	});

	it('filters events by a datetime instant, a date, and open intervals', async () => {
		expect(await ids(items('?datetime=2022-07-05T12:00:00Z', 'alpha.events'))).toEqual([
			'second-showing'
		]);
		expect(await ids(items('?datetime=2022-07-15', 'alpha.events'))).toEqual(['phone-call']);
		expect(await ids(items('?datetime=2022-07-01/..', 'alpha.events'))).toEqual([
			'second-showing',
			'phone-call',
			'summit'
		]);
		expect(await ids(items('?datetime=../2020-01-01', 'alpha.events'))).toEqual(['deal']);
	});

	it('validates datetime on a collection without dates but does not filter by it', async () => {
		expect(await ids(items('?datetime=1999-01-01'))).toHaveLength(5);
		expect(items('?datetime=soon').status).toBe(400);
	});
});

describe('single features', () => {
	it('serves one feature with self and collection links', async () => {
		const response = createApi().feature(
			catalog,
			apiRequest('/api/collections/alpha.places/items/tehran', {
				collectionId: 'alpha.places',
				featureId: 'tehran'
			})
		);
		expect(response.headers.get('content-type')).toBe('application/geo+json');
		const body = await json(response);
		expect(body).toMatchObject({ type: 'Feature', id: 'tehran', properties: { name: 'Tehran' } });
		expect(body.links.map((l: { rel: string }) => l.rel)).toEqual(['self', 'collection']);
	});
});

describe('problems', () => {
	async function problem(response: Response) {
		expect(response.headers.get('content-type')).toBe('application/problem+json');
		const body = await json(response);
		expect(body.status).toBe(response.status);
		expect(Object.keys(body)).toEqual(
			expect.arrayContaining(['type', 'title', 'status', 'detail', 'instance'])
		);
		expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
		return body;
	}

	it.each([
		['bbox=1,2,3', 'bbox'],
		['bbox=1,2,3,NaN', 'bbox'],
		['bbox=0,40,10,30', 'bbox'],
		['limit=-1', 'limit'],
		['limit=1000000000', 'limit'],
		['limit=2.5', 'limit'],
		['offset=-3', 'offset'],
		['datetime=2022-13-01', 'datetime'],
		['f=xml', 'f'],
		['colour=red', 'colour'],
		['bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326', 'bbox-crs']
	])('400 for ?%s, naming the parameter', async (query, parameter) => {
		const response = items(`?${query}`);
		expect(response.status).toBe(400);
		const body = await problem(response);
		expect(body.parameter).toBe(parameter);
		expect(body.detail.startsWith(`${parameter}: `)).toBe(true);
		expect(body.instance).toBe(`/api/collections/alpha.places/items?${query}`);
	});

	it('400 for unknown parameters on every endpoint, not only items', async () => {
		const api = createApi();
		for (const handler of [
			api.landing,
			api.conformance,
			api.collections,
			api.openapi,
			api.briefings
		]) {
			const response = handler(catalog, apiRequest('/api/x?foo=1'));
			expect(response.status).toBe(400);
			expect((await problem(response)).parameter).toBe('foo');
		}
	});

	it.each([
		'alpha.nothing',
		'nothing.places',
		'alpha',
		'../alpha.places',
		'..%2Falpha.places',
		'..',
		'alpha.places/../x'
	])('404 for collection %j', async (collectionId) => {
		const response = items('', collectionId);
		expect(response.status).toBe(404);
		expect((await problem(response)).type).toBe('urn:briefmap:problem:not-found');
	});

	it.each(['nowhere', '../../etc/passwd', '..%2F..%2Fetc', 'tehran/..', 'TEHRAN'])(
		'404 for feature %j',
		async (featureId) => {
			const response = createApi().feature(
				catalog,
				apiRequest('/api/collections/alpha.places/items/x', {
					collectionId: 'alpha.places',
					featureId
				})
			);
			expect(response.status).toBe(404);
			expect((await problem(response)).detail).toContain('alpha.places');
		}
	);

	it('503 for a broken briefing’s collection, naming its problems', async () => {
		const response = items('', 'broken-one.places');
		expect(response.status).toBe(503);
		const body = await problem(response);
		expect(body.type).toBe('urn:briefmap:problem:briefing-unavailable');
		expect(body.problems).toEqual(brokenProblems);
		expect(body.detail).toContain('broken-one');
	});

	it('answers an unexpected failure with a bare 500 problem, no message or stack', async () => {
		const failing: CollectionKind = {
			...collectionKinds[0]!,
			buildFeatures: () => {
				throw new Error('secret internals at /srv/app.ts:12');
			}
		};
		const api = createApi({ kinds: [failing] });
		const original = console.error;
		console.error = () => {};
		try {
			const response = items('', 'alpha.places', api);
			expect(response.status).toBe(500);
			const body = await problem(response);
			expect(JSON.stringify(body)).not.toContain('secret');
		} finally {
			console.error = original;
		}
	});
});

describe('caching', () => {
	it('sends a strong ETag and revalidation Cache-Control', () => {
		const response = items();
		expect(response.headers.get('etag')).toMatch(/^"[^"]+"$/);
		expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
	});

	it('answers 304 with no body to a matching If-None-Match, 200 to a stale one', async () => {
		const api = createApi();
		const path = '/api/collections/alpha.places/items?limit=2';
		const params = { collectionId: 'alpha.places' };
		const etag = api.items(catalog, apiRequest(path, params)).headers.get('etag')!;
		const revalidated = api.items(catalog, apiRequest(path, params, { 'if-none-match': etag }));
		expect(revalidated.status).toBe(304);
		expect(revalidated.headers.get('etag')).toBe(etag);
		expect(await revalidated.text()).toBe('');
		const stale = api.items(catalog, apiRequest(path, params, { 'if-none-match': '"old"' }));
		expect(stale.status).toBe(200);
	});

	it('computes a response once per version: same bytes (and timeStamp) for the same URL', async () => {
		const api = createApi();
		const first = await items('?limit=3', 'alpha.places', api).text();
		await new Promise((resolve) => setTimeout(resolve, 5));
		const second = await items('?limit=3', 'alpha.places', api).text();
		expect(second).toBe(first);
	});

	it('treats reordered parameters as the same request', () => {
		const api = createApi();
		const a = items('?limit=2&offset=2', 'alpha.places', api).headers.get('etag');
		const b = items('?offset=2&limit=2', 'alpha.places', api).headers.get('etag');
		expect(b).toBe(a);
	});

	it('recomputes when the briefing is replaced by a new version, and not otherwise', async () => {
		const api = createApi();
		const request = () =>
			apiRequest('/api/collections/alpha.places/items', { collectionId: 'alpha.places' });
		const catalog = fixtureCatalog('v1');
		const first = await api.items(catalog, request()).text();
		await new Promise((resolve) => setTimeout(resolve, 5));
		const same = await api.items({ ...catalog, version: 'v2' }, request()).text();
		expect(same).toBe(first);
		const alpha = catalog.briefings.get('alpha')!;
		const reloaded = { ...catalog, version: 'v3', briefings: new Map([['alpha', { ...alpha }]]) };
		const second = await api.items(reloaded, request()).text();
		expect(JSON.parse(second).timeStamp).not.toBe(JSON.parse(first).timeStamp);
	});

	it('does not cache problems', () => {
		const response = items('?limit=0');
		expect(response.headers.get('etag')).toBeNull();
		expect(response.headers.get('cache-control')).toBe('no-store');
	});
});

describe('briefings', () => {
	it('lists served briefings and the broken ones with their problems', async () => {
		const body = await json(createApi().briefings(catalog, apiRequest('/api/briefings')));
		expect(body.briefings).toEqual([
			expect.objectContaining({ id: 'alpha', title: 'Alpha briefing', subject: 'A test story' })
		]);
		expect(body.unavailable).toEqual([
			expect.objectContaining({ briefingId: 'broken-one', problems: brokenProblems })
		]);
	});

	it('serves one briefing’s whole bundle', async () => {
		const body = await json(
			createApi().briefing(catalog, apiRequest('/api/briefings/alpha', { id: 'alpha' }))
		);
		expect(Object.keys(body)).toEqual([
			'id',
			'meta',
			'article',
			'places',
			'platforms',
			'events',
			'links'
		]);
		expect(body.places.features).toHaveLength(5);
		expect(body.events).toHaveLength(5);
		expect(body.platforms[0].id).toBe('shahed-191');
		expect(body.article.paragraphs[0].id).toBe('p1');
	});

	it.each(['nope', '../alpha', '..%2Falpha', 'alpha/..', ''])('404 for briefing %j', async (id) => {
		const response = createApi().briefing(catalog, apiRequest('/api/briefings/x', { id }));
		expect(response.status).toBe(404);
		expect(response.headers.get('content-type')).toBe('application/problem+json');
	});

	it('503 for a broken briefing, with its problems', async () => {
		const response = createApi().briefing(
			catalog,
			apiRequest('/api/briefings/broken-one', { id: 'broken-one' })
		);
		expect(response.status).toBe(503);
		expect((await json(response)).problems).toEqual(brokenProblems);
	});
});

describe('the collection registry', () => {
	const launchPoints: CollectionKind = {
		suffix: 'launch-points',
		title: (briefing) => `${briefing.meta.title}: launch points`,
		description: () => 'Where range bands start.',
		buildFeatures: () => [
			{
				type: 'Feature',
				id: 'kashan-airfield',
				geometry: { type: 'Point', coordinates: [51.57704, 33.89533] },
				properties: { name: 'Kashan Airfield' }
			}
		]
	};
	const api = createApi({ kinds: [...collectionKinds, launchPoints] });

	it('makes a new kind a collection of every briefing with one entry', async () => {
		const body = await json(api.collections(catalog, apiRequest('/api/collections')));
		expect(body.collections.map((c: { id: string }) => c.id)).toEqual([
			'alpha.places',
			'alpha.events',
			'alpha.range-rings',
			'alpha.countries',
			'alpha.launch-points'
		]);
		const page = await json(
			api.items(
				catalog,
				apiRequest('/api/collections/alpha.launch-points/items?bbox=50,30,55,35', {
					collectionId: 'alpha.launch-points'
				})
			)
		);
		expect(page).toMatchObject({ numberMatched: 1, features: [{ id: 'kashan-airfield' }] });
	});

	it('builds a kind’s features once per catalog version, not per request', () => {
		let builds = 0;
		const counted: CollectionKind = {
			...launchPoints,
			buildFeatures: (briefing) => {
				builds++;
				return launchPoints.buildFeatures(briefing);
			}
		};
		const counting = createApi({ kinds: [counted] });
		const request = (query: string) =>
			apiRequest(`/api/collections/alpha.launch-points/items${query}`, {
				collectionId: 'alpha.launch-points'
			});
		counting.items(catalog, request('?limit=1'));
		counting.items(catalog, request('?limit=2'));
		counting.collection(catalog, request(''));
		expect(builds).toBe(1);
	});
});

describe('range rings', () => {
	const ringsRequest = (query: string) =>
		apiRequest(`/api/collections/alpha.range-rings/items${query}`, {
			collectionId: 'alpha.range-rings'
		});

	it('serves the bands and rings of the platforms with a reported range, around the launch place', async () => {
		const body = await json(createApi().items(catalog, ringsRequest('?limit=100')));
		expect(body.numberMatched).toBeGreaterThan(0);
		for (const feature of body.features) {
			expect(feature.properties.platformId).toBe('shahed-129');
		}
		expect(body.features.map((f: { properties: { part: string } }) => f.properties.part)).toContain(
			'band'
		);
	});

	it('matches a box inside the band but not one at the launch point, inside the inner ring', async () => {
		const api = createApi();
		// 1,700–1,800 km north of Kashan Airfield (33.9°N) is about 49.2°N–50.1°N.
		const inBand = await json(api.items(catalog, ringsRequest('?bbox=51.5,49.4,51.7,49.8')));
		expect(inBand.features.map((f: { properties: { part: string } }) => f.properties.part)).toEqual(
			['band']
		);
		const atOrigin = await json(api.items(catalog, ringsRequest('?bbox=51.5,33.8,51.7,34')));
		expect(atOrigin.numberMatched).toBe(0);
	});
});
