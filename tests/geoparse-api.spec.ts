/**
 * POST /api/geoparse through the production server (scripts/serve.js), as a script or curl
 * sends it: text/plain with no Origin header, which SvelteKit's CSRF check would otherwise
 * refuse as a cross-site form submission.
 */
import { expect, test } from '@playwright/test';

async function expectProblem(
	response: import('@playwright/test').APIResponse,
	status: number,
	detail: RegExp
): Promise<void> {
	expect(response.status()).toBe(status);
	expect(response.headers()['content-type']).toBe('application/problem+json');
	const body = await response.json();
	expect(body.status).toBe(status);
	expect(body.detail).toMatch(detail);
}

test.describe('POST /api/geoparse', () => {
	test('geoparses text/plain sent without an Origin', async ({ request }) => {
		const response = await request.post('/api/geoparse?date=2022-07-16', {
			headers: { 'content-type': 'text/plain; charset=utf-8' },
			data: 'Tehran has dismissed reports that drones were shown at Kashan Airfield on June 8.'
		});
		expect(response.status()).toBe(200);
		const body = await response.json();
		const names = body.places.map((p: { name: string }) => p.name);
		expect(names).toEqual(['Tehran', 'Kashan Airport']);
		expect(body.places[0].mentions[0].sense).toBe('government');
		expect(body.dates[0].date).toBe('2022-06-08');
	});

	test('bad input is a problem document, never a 500', async ({ request }) => {
		await expectProblem(
			await request.post('/api/geoparse', { headers: { 'content-type': 'text/plain' }, data: '' }),
			400,
			/empty/
		);
		await expectProblem(
			await request.post('/api/geoparse', {
				headers: { 'content-type': 'text/plain' },
				data: 'x'.repeat(200 * 1024 + 1)
			}),
			413,
			/200 KB/
		);
		await expectProblem(
			await request.post('/api/geoparse', { form: { text: 'Paris' } }),
			415,
			/text\/plain/
		);
		await expectProblem(await request.get('/api/geoparse'), 405, /POST/);
	});

	test('other API paths still refuse writes', async ({ request }) => {
		const response = await request.post('/api/collections', {
			headers: { 'content-type': 'application/json' },
			data: '{}'
		});
		expect(response.status()).toBe(405);
	});
});
