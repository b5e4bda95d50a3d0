/**
 * The benchmark's bare MapLibre baseline is not part of the app: the production server, started
 * without the benchmark's flag, does not serve it.
 */
import { expect, test } from '@playwright/test';

test('the bare-map benchmark page is not found in production', async ({ request }) => {
	const response = await request.get('/bench/bare-map');
	expect(response.status()).toBe(404);
});
