/**
 * The API as real clients see it. GDAL's OAPIF driver (`ogrinfo`) is an independent OGC API –
 * Features client: if it lists the collections and reads every feature, following next links
 * and sending bbox filters, the API is usable from GIS tools. The HTTP checks below cover what
 * only a real server shows: SvelteKit's routing, percent-decoding and method handling.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);
const hasOgrinfo = spawnSync('ogrinfo', ['--version']).status === 0;
const briefingId = 'iran-drones-2022';
const places = `${briefingId}.places`;
const events = `${briefingId}.events`;

async function ogrinfo(...args: string[]): Promise<string> {
	const { stdout, stderr } = await run('ogrinfo', args, {
		timeout: 30_000,
		env: { ...process.env, GDAL_HTTP_TIMEOUT: '20', CPL_DEBUG: 'OFF' }
	});
	expect(stderr, 'ogrinfo wrote errors').not.toMatch(/ERROR/);
	return stdout;
}

/** Feature names ogrinfo printed, in order. */
function names(output: string): string[] {
	return [...output.matchAll(/^ {2}name \(String\) = (.*)$/gm)].map((match) => match[1]!);
}

test.describe('GDAL ogrinfo as an OGC API client', () => {
	test.skip(!hasOgrinfo, 'ogrinfo (Debian gdal-bin) is not installed');

	test('lists the briefing collections', async ({ baseURL }) => {
		const output = await ogrinfo('-ro', '-q', `OAPIF:${baseURL}/api`);
		expect(output).toMatch(new RegExp(`^\\d+: ${places.replace('.', '\\.')} \\(title: `, 'm'));
		expect(output).toMatch(
			new RegExp(`^\\d+: ${events.replace('.', '\\.')} \\(title: .*\\(Point\\)$`, 'm')
		);
		expect(output).toMatch(new RegExp(`^\\d+: ${briefingId}\\.range-rings \\(title: `, 'm'));
		expect(output).toMatch(new RegExp(`^\\d+: ${briefingId}\\.countries \\(title: `, 'm'));
	});

	test('reads the countries, Crimea as occupied Ukraine', async ({ baseURL }) => {
		const output = await ogrinfo(
			'-ro',
			'-al',
			'-q',
			'-spat',
			'33.5',
			'44.5',
			'34.5',
			'45.5',
			`OAPIF:${baseURL}/api`,
			`${briefingId}.countries`
		);
		expect([...output.matchAll(/^ {2}id \(String\) = (.*)$/gm)].map((m) => m[1])).toEqual([
			'ukraine-crimea'
		]);
		expect(output).toMatch(/^ {2}name \(String\) = Ukraine$/m);
		expect(output).toMatch(/^ {2}occupied \(Integer\(Boolean\)\) = 1$/m);
		expect(output).toMatch(/^ {2}(MULTI)?POLYGON \(\(/m);
	});

	test('reads every place, following next links page by page', async ({ baseURL, request }) => {
		const api = await (await request.get(`/api/collections/${places}/items?limit=1000`)).json();
		for (const pageSize of ['10', '3']) {
			const output = await ogrinfo(
				'-ro',
				'-al',
				'-q',
				'-oo',
				`PAGE_SIZE=${pageSize}`,
				`OAPIF:${baseURL}/api`,
				places
			);
			expect(names(output)).toEqual(
				api.features.map((f: { properties: { name: string } }) => f.properties.name)
			);
		}
		const output = await ogrinfo('-ro', '-al', '-q', `OAPIF:${baseURL}/api`, places);
		expect(output).toContain('name (String) = Kashan Airfield');
		expect(output).toContain('POINT (51.57704 33.89533)');
	});

	test('reports the feature count and the dated events’ temporal extent', async ({ baseURL }) => {
		const output = await ogrinfo('-ro', '-al', '-so', `OAPIF:${baseURL}/api`, events);
		expect(output).toMatch(/^Feature Count: [1-9]\d*$/m);
		expect(output).toMatch(/TEMPORAL_INTERVAL_MIN=\d{4}-\d{2}-\d{2}T/);
		expect(output).toMatch(/^date: Date/m);
	});

	test('reads the range bands as polygons and lines', async ({ baseURL }) => {
		const output = await ogrinfo(
			'-ro',
			'-al',
			'-q',
			`OAPIF:${baseURL}/api`,
			`${briefingId}.range-rings`
		);
		expect(output).toMatch(/^ {2}part \(String\) = band$/m);
		expect(output).toMatch(/^ {2}(MULTI)?POLYGON \(\(/m);
		expect(output).toMatch(/^ {2}(MULTI)?LINESTRING \(/m);
	});

	test('sends a bbox filter the server applies', async ({ baseURL }) => {
		const output = await ogrinfo(
			'-ro',
			'-al',
			'-q',
			'-spat',
			'44',
			'25',
			'63',
			'40',
			`OAPIF:${baseURL}/api`,
			places
		);
		const found = names(output);
		expect(found).toContain('Kashan Airfield');
		expect(found).toContain('Tehran');
		expect(found).not.toContain('Kyiv');
		expect(found).not.toContain('Moscow');
	});
});

test.describe('the API over HTTP', () => {
	test('links point at the origin clients connect to', async ({ request, baseURL }) => {
		const landing = await (await request.get('/api')).json();
		const self = landing.links.find((link: { rel: string }) => link.rel === 'self');
		// adapter-node assumes https unless ORIGIN is set; every link would then be unreachable.
		expect(self.href, 'set ORIGIN for the server (adapter-node)').toBe(`${baseURL}/api`);
	});

	test('pages link to each other and carry the OGC counts', async ({ request }) => {
		const first = await request.get(`/api/collections/${places}/items?limit=2`);
		expect(first.status()).toBe(200);
		expect(first.headers()['content-type']).toBe('application/geo+json');
		const body = await first.json();
		expect(body).toMatchObject({ type: 'FeatureCollection', numberReturned: 2 });
		const next = body.links.find((link: { rel: string }) => link.rel === 'next');
		const second = await (await request.get(next.href)).json();
		expect(second.features[0].id).not.toBe(body.features[0].id);
	});

	test('answers a matching If-None-Match with 304', async ({ request }) => {
		const first = await request.get('/api/collections');
		const etag = first.headers()['etag']!;
		expect(etag).toMatch(/^"/);
		const second = await request.get('/api/collections', { headers: { 'if-none-match': etag } });
		expect(second.status()).toBe(304);
	});

	for (const path of [
		`/api/collections/..%2F..%2Fpackage.json/items`,
		`/api/collections/%2e%2e/items`,
		`/api/collections/${places}/items/..%2F..%2F..%2Fpackage.json`,
		`/api/briefings/..%2Firan-drones-2022`,
		`/api/nothing-here`
	]) {
		test(`404 problem for ${path}`, async ({ request }) => {
			const response = await request.get(path);
			expect(response.status()).toBe(404);
			expect(response.headers()['content-type']).toBe('application/problem+json');
			expect((await response.json()).status).toBe(404);
		});
	}

	test('400 problem naming the parameter', async ({ request }) => {
		const response = await request.get(`/api/collections/${places}/items?limit=1000000000`);
		expect(response.status()).toBe(400);
		const problem = await response.json();
		expect(problem).toMatchObject({ status: 400, parameter: 'limit' });
		expect(problem.detail).toContain('limit');
	});

	test('405 problem for a write', async ({ request }) => {
		const response = await request.post('/api/collections', { data: {} });
		expect(response.status()).toBe(405);
		expect(response.headers()['allow']).toContain('GET');
		expect(response.headers()['content-type']).toBe('application/problem+json');
	});

	test('the briefing bundle has everything a page needs', async ({ request }) => {
		const response = await request.get(`/api/briefings/${briefingId}`);
		expect(response.status()).toBe(200);
		const bundle = await response.json();
		for (const key of ['meta', 'article', 'places', 'platforms', 'events']) {
			expect(bundle).toHaveProperty(key);
		}
		expect(bundle.places.features.length).toBeGreaterThan(0);
	});
});
