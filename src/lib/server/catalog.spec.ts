import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Attribution, BriefingProblem } from '../briefing/types';
import { loadCatalog, type Catalog } from './catalog';
import { makeGeodataFixture, REPO_GEODATA, SEED_ID, type GeodataFixture } from './geodata-fixture';

describe('the repository geodata', () => {
	it('loads the seed briefing with zero problems', async () => {
		const catalog = await loadCatalog(REPO_GEODATA);
		expect([...catalog.broken]).toEqual([]);
		const briefing = catalog.briefings.get(SEED_ID);
		expect(briefing?.article.paragraphs).toHaveLength(15);
		expect(briefing?.places.features.map((f) => f.id)).toContain('kashan-airfield');
		expect(briefing?.meta.defaultLaunchPlace).toBe('kashan-airfield');
		expect(catalog.version).toMatch(/^[0-9a-f]{16}$/);
	});
});

/**
 * One geodata folder holding the seed and a broken copy per kind of mistake: each broken copy
 * must be reported precisely while the seed and the other copies still load.
 */
describe('a catalog with broken briefings next to the seed', () => {
	let fixture: GeodataFixture;
	let catalog: Catalog;
	/** Where the broken polygon lands: after however many places the seed has. */
	let unclosedIndex = -1;
	/** The first seed event that reports a claim. */
	let claimIndex = -1;

	const problemsOf = (id: string): BriefingProblem[] | undefined => catalog.broken.get(id);
	const problem = (id: string, file: string, path: string, message: unknown) => ({
		briefingId: id,
		file: `briefings/${id}/${file}`,
		path,
		message
	});

	beforeAll(async () => {
		fixture = await makeGeodataFixture();
		const f = fixture;

		await f.copySeed('invalid-json');
		await f.writeRaw(
			'invalid-json',
			'events',
			'[\n\t{\n\t\t"id": "x"\n\t\t"date": "2022-01-01"\n\t}\n]\n'
		);

		await f.copySeed('out-of-range');
		await f.editJson('out-of-range', 'places', (places) => {
			places.features[3]!.geometry.coordinates[1] = 95;
		});

		await f.copySeed('duplicate-id');
		await f.editJson('duplicate-id', 'places', (places) => {
			places.features[2]!.id = places.features[1]!.id;
		});

		await f.copySeed('missing-paragraph');
		await f.editJson('missing-paragraph', 'places', (places) => {
			places.features[0]!.properties.mentions[0]!.ref = 'p20.s1';
		});

		await f.copySeed('missing-sentence');
		await f.editJson('missing-sentence', 'places', (places) => {
			places.features[0]!.properties.mentions[0]!.ref = 'p5.s2';
		});

		await f.copySeed('words-not-there');
		await f.editJson('words-not-there', 'places', (places) => {
			places.features[1]!.properties.mentions[0]!.text = 'Teheran';
		});

		await f.copySeed('words-inside-a-word');
		await f.editJson('words-inside-a-word', 'places', (places) => {
			places.features[1]!.properties.mentions[0]!.text = 'Tehra';
		});

		await f.copySeed('unknown-place');
		await f.editJson('unknown-place', 'events', (events) => {
			events[3]!.placeIds = ['vienna'];
		});

		await f.copySeed('bad-url');
		await f.editJson('bad-url', 'places', (places) => {
			places.features[1]!.properties.sources[0]!.url = 'javascript:alert(1)';
		});

		await f.copySeed('unclosed-ring');
		await f.editJson('unclosed-ring', 'places', (places) => {
			unclosedIndex = places.features.length;
			places.features.push({
				type: 'Feature',
				id: 'kashan-area',
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[51.5, 33.8],
							[51.7, 33.8],
							[51.7, 34],
							[51.5, 34]
						]
					]
				},
				properties: { ...places.features[0]!.properties, mentions: [] }
			});
		});

		await f.copySeed('unknown-launch-place');
		await f.editJson('unknown-launch-place', 'meta', (meta) => {
			meta.defaultLaunchPlace = 'bandar-abbas';
		});

		await f.copySeed('scene-references');
		await f.editJson('scene-references', 'meta', (meta) => {
			meta.scenes = [
				{
					id: 'one',
					title: 'One',
					caption: 'Caption',
					fitPlaces: ['kashan-airfield', 'nowhere'],
					layers: [],
					platforms: ['shahed-999'],
					highlightPlaces: [],
					notes: ''
				}
			];
		});

		await f.copySeed('misspelt-key');
		await f.editJson('misspelt-key', 'events', (events) => {
			(events[0] as unknown as Record<string, unknown>).placeIDs = [];
		});

		await f.copySeed('claim-without-claimant');
		await f.editJson('claim-without-claimant', 'events', (events) => {
			const claim = events.findIndex((event) => event.attribution !== undefined);
			claimIndex = claim;
			delete (events[claim]!.attribution as Partial<Attribution>).claimedBy;
		});
		await f.editJson('claim-without-claimant', 'meta', (meta) => {
			meta.scenes[0]!.attribution = { claimedBy: ' ', status: 'claimed' };
			meta.scenes[1]!.attribution = { claimedBy: 'US', status: 'denied' };
		});

		await f.copySeed('unmapped-name-not-there');
		await f.editJson('unmapped-name-not-there', 'meta', (meta) => {
			meta.unmappedNames = [{ text: 'NATO', refs: ['p2.s1'], reason: 'an alliance' }];
		});

		await f.copySeed('folder-mismatch');
		await f.editJson('folder-mismatch', 'meta', (meta) => {
			meta.id = 'something-else';
		});

		await f.copySeed('missing-file');
		await rm(join(f.dir, 'briefings/missing-file/platforms.json'));

		await f.copySeed('not-utf8');
		await f.writeRaw('not-utf8', 'article', new Uint8Array([0x48, 0xff, 0xfe, 0x0a]));

		await f.copySeed('empty-article');
		await f.writeRaw('empty-article', 'article', '\n\n');

		await mkdir(join(f.dir, 'briefings', 'Bad Name'));

		await f.copySeed('hostile-strings');
		await f.editJson('hostile-strings', 'places', (places) => {
			const props = places.features[0]!.properties;
			props.name = '<img src=x onerror=alert(1)>Kashan\u202Eevil\u200B 🛩️';
			props.role = '<script>alert("x")</script> ' + 'long '.repeat(20_000);
			props.aliases = ['‏תהראן‏', '\u200Bzero-width'];
		});

		await writeFile(join(f.dir, 'briefings', 'README.txt'), 'not a briefing');
		await mkdir(join(f.dir, 'briefings', '.drafts'));

		catalog = await loadCatalog(f.dir);
	});

	afterAll(() => fixture.cleanup());

	it('still serves the seed and the valid hostile-strings copy', () => {
		expect([...catalog.briefings.keys()].sort()).toEqual(['hostile-strings', SEED_ID]);
	});

	it('serves nothing of a broken briefing', () => {
		expect(catalog.briefings.has('out-of-range')).toBe(false);
		expect(problemsOf('out-of-range')).toBeDefined();
	});

	it('reports invalid JSON with its line and column', () => {
		expect(problemsOf('invalid-json')).toEqual([
			problem(
				'invalid-json',
				'events.json',
				'$[0]',
				"invalid JSON at line 4, column 3: expected ',' or '}' after a property but found character \"\\\"\""
			)
		]);
	});

	it('reports an out-of-range latitude at its coordinate', () => {
		expect(problemsOf('out-of-range')).toEqual([
			problem(
				'out-of-range',
				'places.geojson',
				'$.features[3].geometry.coordinates[1]',
				'latitude 95 is outside [-90, 90] (are longitude and latitude swapped? GeoJSON positions are [longitude, latitude])'
			)
		]);
	});

	it('reports a duplicate feature id', () => {
		expect(problemsOf('duplicate-id')).toEqual([
			problem(
				'duplicate-id',
				'places.geojson',
				'$.features[2].id',
				'duplicate feature id "tehran": already used at $.features[1].id'
			)
		]);
	});

	it('reports a mention of a paragraph the article does not have', () => {
		expect(problemsOf('missing-paragraph')).toEqual([
			problem(
				'missing-paragraph',
				'places.geojson',
				'$.features[0].properties.mentions[0].ref',
				'p20.s1 is not in the article: it has paragraphs p1–p15'
			)
		]);
	});

	it('reports a mention of a sentence the paragraph does not have', () => {
		expect(problemsOf('missing-sentence')).toEqual([
			problem(
				'missing-sentence',
				'places.geojson',
				'$.features[0].properties.mentions[0].ref',
				'p5.s2 is not in the article: p5 has 1 sentence'
			)
		]);
	});

	it('reports mentioned words that are not in the referenced sentence', () => {
		expect(problemsOf('words-not-there')).toEqual([
			problem(
				'words-not-there',
				'places.geojson',
				'$.features[1].properties.mentions[0].text',
				'"Teheran" does not occur in p2.s1 as whole words'
			)
		]);
	});

	it('reports mentioned words found only inside a longer word ("Tehra" in "Tehran")', () => {
		expect(problemsOf('words-inside-a-word')).toEqual([
			problem(
				'words-inside-a-word',
				'places.geojson',
				'$.features[1].properties.mentions[0].text',
				'"Tehra" does not occur in p2.s1 as whole words'
			)
		]);
	});

	it('reports an event at an unknown place', () => {
		expect(problemsOf('unknown-place')).toEqual([
			problem(
				'unknown-place',
				'events.json',
				'$[3].placeIds[0]',
				'unknown place id "vienna": places.geojson has no feature with this id'
			)
		]);
	});

	it('reports a source link that is not http(s)', () => {
		expect(problemsOf('bad-url')).toEqual([
			problem(
				'bad-url',
				'places.geojson',
				'$.features[1].properties.sources[0].url',
				'"javascript:alert(1)" is not an http(s) URL: only http and https links are allowed'
			)
		]);
	});

	it('reports an unclosed polygon ring', () => {
		expect(problemsOf('unclosed-ring')).toEqual([
			problem(
				'unclosed-ring',
				'places.geojson',
				`$.features[${unclosedIndex}].geometry.coordinates[0]`,
				expect.stringMatching(/^ring is not closed/)
			)
		]);
	});

	it('reports a default launch place that does not exist', () => {
		expect(problemsOf('unknown-launch-place')).toEqual([
			problem(
				'unknown-launch-place',
				'briefing.json',
				'$.defaultLaunchPlace',
				'unknown place id "bandar-abbas": places.geojson has no feature with this id'
			)
		]);
	});

	it('reports unknown places and platforms in a scene', () => {
		expect(problemsOf('scene-references')).toEqual([
			problem(
				'scene-references',
				'briefing.json',
				'$.scenes[0].fitPlaces[1]',
				expect.stringContaining('unknown place id "nowhere"')
			),
			problem(
				'scene-references',
				'briefing.json',
				'$.scenes[0].platforms[0]',
				'unknown platform id "shahed-999": platforms.json has no platform with this id'
			)
		]);
	});

	it('reports a misspelt property instead of ignoring it', () => {
		expect(problemsOf('misspelt-key')).toEqual([
			problem('misspelt-key', 'events.json', '$[0].placeIDs', 'unknown property "placeIDs"')
		]);
	});

	it('rejects a claim without a claimant, and a denial that does not say who denies', () => {
		expect(problemsOf('claim-without-claimant')).toEqual([
			problem(
				'claim-without-claimant',
				'briefing.json',
				'$.scenes[0].attribution.claimedBy',
				'a claim needs a claimant: must not be blank'
			),
			problem(
				'claim-without-claimant',
				'briefing.json',
				'$.scenes[1].attribution.deniedBy',
				'give deniedBy exactly when status is "denied": it says who denies the claim'
			),
			problem(
				'claim-without-claimant',
				'events.json',
				`$[${claimIndex}].attribution.claimedBy`,
				'missing required property "claimedBy": a claim needs a claimant: say who makes it, e.g. "US"'
			)
		]);
	});

	it('reports an unmapped name that is not where it is said to be', () => {
		expect(problemsOf('unmapped-name-not-there')).toEqual([
			problem(
				'unmapped-name-not-there',
				'briefing.json',
				'$.unmappedNames[0].refs[0]',
				'"NATO" does not occur in p2.s1'
			)
		]);
	});

	it('reports a briefing id that differs from its folder', () => {
		expect(problemsOf('folder-mismatch')).toEqual([
			problem(
				'folder-mismatch',
				'briefing.json',
				'$.id',
				'id "something-else" does not match the folder name "folder-mismatch"'
			)
		]);
	});

	it('reports a missing file', () => {
		expect(problemsOf('missing-file')).toEqual([
			problem('missing-file', 'platforms.json', '$', 'the file is missing')
		]);
	});

	it('reports text that is not UTF-8 and an empty article', () => {
		expect(problemsOf('not-utf8')).toEqual([
			problem('not-utf8', 'article.md', '$', 'the file is not valid UTF-8 text')
		]);
		expect(problemsOf('empty-article')).toEqual([
			problem('empty-article', 'article.md', '$', 'the article has no paragraphs')
		]);
	});

	it('reports a folder whose name cannot be an id', () => {
		expect(problemsOf('Bad Name')).toEqual([
			{
				briefingId: 'Bad Name',
				file: 'briefings/Bad Name',
				path: '$',
				message: expect.stringContaining('is not a valid briefing id')
			}
		]);
	});

	it('skips hidden folders and loose files', () => {
		expect(catalog.broken.has('.drafts') || catalog.briefings.has('.drafts')).toBe(false);
		expect(catalog.broken.has('README.txt')).toBe(false);
	});

	it('keeps markup, direction marks, zero-width characters, emoji and long text verbatim', () => {
		const props = catalog.briefings.get('hostile-strings')?.places.features[0]?.properties;
		expect(props?.name).toBe('<img src=x onerror=alert(1)>Kashan\u202Eevil\u200B 🛩️');
		expect(props?.role.length).toBeGreaterThan(100_000);
		expect(props?.aliases).toEqual(['‏תהראן‏', '\u200Bzero-width']);
	});
});

describe('the catalog version', () => {
	let fixture: GeodataFixture;
	beforeAll(async () => {
		fixture = await makeGeodataFixture();
	});
	afterAll(() => fixture.cleanup());

	it('stays the same for the same files and changes when any file changes', async () => {
		const first = await loadCatalog(fixture.dir);
		const again = await loadCatalog(fixture.dir);
		expect(again.version).toBe(first.version);
		await fixture.writeRaw(SEED_ID, 'article', 'A different article.\n');
		const changed = await loadCatalog(fixture.dir);
		expect(changed.version).not.toBe(first.version);
	});
});

describe('loadCatalog', () => {
	it('fails loudly when the geodata folder has no briefings folder', async () => {
		await expect(loadCatalog('/nonexistent/geodata')).rejects.toThrow(
			/cannot list the briefings folder \/nonexistent\/geodata\/briefings \(ENOENT\)/
		);
	});
});

describe('getCatalog', () => {
	it('loads GEODATA_DIR once and shares the result', async () => {
		vi.resetModules();
		vi.stubEnv('GEODATA_DIR', REPO_GEODATA);
		try {
			const { getCatalog } = await import('./catalog');
			const first = await getCatalog();
			expect(await getCatalog()).toBe(first);
			expect(first.briefings.has(SEED_ID)).toBe(true);
		} finally {
			vi.unstubAllEnvs();
		}
	});

	it('retries after a failed load instead of caching the failure', async () => {
		vi.resetModules();
		vi.stubEnv('GEODATA_DIR', '/nonexistent/geodata');
		try {
			const { getCatalog } = await import('./catalog');
			await expect(getCatalog()).rejects.toThrow(/cannot list the briefings folder/);
			vi.stubEnv('GEODATA_DIR', REPO_GEODATA);
			expect((await getCatalog()).briefings.has(SEED_ID)).toBe(true);
		} finally {
			vi.unstubAllEnvs();
		}
	});
});
