import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getCatalog } from '../catalog';
import { makeGeodataFixture, SEED_ID } from '../geodata-fixture';
import { refreshBriefing, refusedChange } from './catalog-refresh';
import { watchBriefings } from './disk-watch';

const fixture = await makeGeodataFixture();
await fixture.copySeed(SEED_ID);

beforeAll(() => {
	process.env.GEODATA_DIR = fixture.dir;
});
afterAll(async () => {
	delete process.env.GEODATA_DIR;
	await watchBriefings(fixture.dir).close();
	await fixture.cleanup();
});

const servedTitle = async () => (await getCatalog()).briefings.get(SEED_ID)?.meta.title;

describe('a briefing changed on disk', () => {
	it('is served once it is valid, with a new catalog version', async () => {
		const before = await getCatalog();
		await fixture.editJson(SEED_ID, 'meta', (meta) => ({ ...meta, title: 'Edited by hand' }));
		expect(await refreshBriefing(SEED_ID)).toEqual({ state: 'served' });
		const after = await getCatalog();
		expect(after.briefings.get(SEED_ID)?.meta.title).toBe('Edited by hand');
		expect(after.version).not.toBe(before.version);
	});

	it('keeps the last good version served when the change is broken, and reports it', async () => {
		await fixture.editJson(SEED_ID, 'places', (places) => {
			places.features[0]!.geometry = { type: 'Point', coordinates: [500, 33] };
		});
		const outcome = await refreshBriefing(SEED_ID);
		expect(outcome.state).toBe('kept-last-good');
		expect(await servedTitle()).toBe('Edited by hand');
		expect((await getCatalog()).broken.has(SEED_ID)).toBe(false);
		expect(await refusedChange(SEED_ID)).toEqual([
			expect.objectContaining({
				file: `briefings/${SEED_ID}/places.geojson`,
				path: '$.features[0].geometry.coordinates[0]'
			})
		]);
	});

	it('forgets the report and serves the briefing once it is fixed', async () => {
		await fixture.editJson(SEED_ID, 'places', (places) => {
			places.features[0]!.geometry = { type: 'Point', coordinates: [51.57704, 33.89533] };
		});
		await fixture.editJson(SEED_ID, 'meta', (meta) => ({ ...meta, title: 'Fixed by hand' }));
		expect((await refreshBriefing(SEED_ID)).state).toBe('served');
		expect(await refusedChange(SEED_ID)).toBeNull();
		expect(await servedTitle()).toBe('Fixed by hand');
	});

	it('is picked up by the watcher without a request', async () => {
		const watcher = watchBriefings(fixture.dir);
		await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
		await fixture.editJson(SEED_ID, 'meta', (meta) => ({ ...meta, title: 'Seen by the watcher' }));
		await vi.waitFor(async () => expect(await servedTitle()).toBe('Seen by the watcher'), {
			timeout: 10_000,
			interval: 100
		});
	});
});
