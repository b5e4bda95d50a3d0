/** The SvelteKit glue: catalog failures and wrong methods are problems, not error pages. */
import type { RequestEvent } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureCatalog } from './fixtures/catalog';

const getCatalog = vi.fn();
vi.mock('../catalog', () => ({ getCatalog: () => getCatalog() }));

const { endpoint } = await import('./endpoint');
const { api } = await import('./api');

function event(method: string, path: string, params: Record<string, string> = {}) {
	return {
		url: new URL(path, 'http://test.local'),
		params,
		request: new Request(new URL(path, 'http://test.local'), { method })
	} as unknown as RequestEvent;
}

describe('endpoint', () => {
	beforeEach(() => {
		getCatalog.mockReset();
	});

	it('answers GET from the shared catalog', async () => {
		getCatalog.mockResolvedValue(fixtureCatalog());
		const response = await endpoint(api.items).GET(
			event('GET', '/api/collections/alpha.places/items', { collectionId: 'alpha.places' })
		);
		expect(response.status).toBe(200);
		expect((await response.json()).numberMatched).toBe(5);
	});

	it('turns an unreadable catalog into a 503 problem without its error text', async () => {
		getCatalog.mockRejectedValue(new Error('cannot list /srv/secret/geodata/briefings'));
		const original = console.error;
		console.error = () => {};
		try {
			const response = await endpoint(api.collections).GET(event('GET', '/api/collections'));
			expect(response.status).toBe(503);
			expect(response.headers.get('content-type')).toBe('application/problem+json');
			expect(await response.text()).not.toContain('secret');
		} finally {
			console.error = original;
		}
	});

	it.each(['POST', 'PUT', 'DELETE', 'PATCH'])(
		'answers %s with a 405 problem and Allow',
		async (method) => {
			const response = await endpoint(api.collections).fallback(event(method, '/api/collections'));
			expect(response.status).toBe(405);
			expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
			expect((await response.json()).detail).toContain(method);
		}
	);

	it('answers OPTIONS with the allowed methods', async () => {
		const response = await endpoint(api.collections).fallback(event('OPTIONS', '/api/collections'));
		expect(response.status).toBe(204);
		expect(response.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
	});
});
