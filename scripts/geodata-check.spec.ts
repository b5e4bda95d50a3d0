import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	makeGeodataFixture,
	REPO_GEODATA,
	type GeodataFixture
} from '../src/lib/server/geodata-fixture';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Runs `npm run geodata:check`'s command on a folder; resolves with its exit code and output. */
function runCheck(dir: string): Promise<{ code: number; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		execFile(
			'node_modules/.bin/tsx',
			['scripts/geodata-check.ts', dir],
			{ cwd: root, env: { ...process.env, GEODATA_DIR: '' } },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				resolve({ code, stdout, stderr });
			}
		);
	});
}

describe('geodata:check', () => {
	let fixture: GeodataFixture;
	beforeAll(async () => {
		fixture = await makeGeodataFixture();
		await fixture.copySeed('broken');
		await fixture.editJson('broken', 'events', (events) => {
			events[0]!.placeIds = ['vienna'];
		});
	});
	afterAll(() => fixture.cleanup());

	it('passes on the repository geodata', async () => {
		const { code, stdout } = await runCheck(REPO_GEODATA);
		expect(stdout).toMatch(/1 briefing valid, 0 broken, 0 problems/);
		expect(code).toBe(0);
	});

	it('prints each problem as "file path: message" and exits 1', async () => {
		const { code, stdout } = await runCheck(fixture.dir);
		expect(stdout).toContain(
			'briefings/broken/events.json $[0].placeIds[0]: unknown place id "vienna": places.geojson has no feature with this id'
		);
		expect(stdout).toMatch(/1 briefing valid, 1 broken, 1 problem \(/);
		expect(code).toBe(1);
	});

	it('exits 1 with a message when the folder has no briefings', async () => {
		const { code, stderr } = await runCheck('/nonexistent/geodata');
		expect(stderr).toContain('cannot list the briefings folder');
		expect(code).toBe(1);
	});
});
