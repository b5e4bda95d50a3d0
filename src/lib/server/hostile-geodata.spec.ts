/**
 * The hostile geodata fixture (`tests/fixtures/geodata-hostile`): markup, scripts, entities,
 * bidirectional and zero-width characters, emoji and a 100 KB string are data, so they load
 * unchanged; links that are not http(s) make their briefing broken, each reported with its
 * file and JSON path; and the seed briefing beside them still loads.
 * `tests/hostile.spec.ts` shows the same folder in a browser.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../briefing/types';
import { loadCatalog, type Catalog } from './catalog';
import { SEED_ID } from './geodata-fixture';

const HOSTILE_GEODATA = fileURLToPath(
	new URL('../../../tests/fixtures/geodata-hostile', import.meta.url)
);
const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const LONG = '<b>100KB</b>&amp;'.repeat(6000);

let catalog: Catalog;
let hostile: Briefing;
beforeAll(async () => {
	catalog = await loadCatalog(HOSTILE_GEODATA);
	hostile = catalog.briefings.get('hostile-strings')!;
});

describe('the hostile geodata folder', () => {
	it('serves the hostile-strings briefing and the seed, and holds back the one with bad links', () => {
		expect([...catalog.briefings.keys()].sort()).toEqual(['hostile-strings', SEED_ID]);
		expect([...catalog.broken.keys()]).toEqual(['hostile-urls']);
	});

	it('reports every non-http(s) link with its file, JSON path and a clear reason', () => {
		const reason = 'is not an http(s) URL: only http and https links are allowed';
		const problem = (file: string, path: string, url: string) => ({
			briefingId: 'hostile-urls',
			file: `briefings/hostile-urls/${file}`,
			path,
			message: `${JSON.stringify(url)} ${reason}`
		});
		expect(catalog.broken.get('hostile-urls')).toEqual([
			problem('briefing.json', '$.articleSource.url', 'javascript:alert(1)'),
			problem('places.geojson', '$.features[0].properties.sources[0].url', 'JaVaScRiPt:alert(1)'),
			problem(
				'places.geojson',
				'$.features[1].properties.sources[0].url',
				'java\u0000script:alert(1)'
			),
			problem('platforms.json', '$[0].ranges[0].sources[0].url', ' javascript:alert(1)'),
			problem('events.json', '$[0].sources[0].url', 'data:text/html,<script>alert(1)</script>')
		]);
	});

	it('keeps markup, entities, bidi and zero-width characters exactly as written', () => {
		const [airfield, zeroWidth, rtl, emoji, entities] = hostile.places.features;
		expect(airfield!.properties.name).toBe(`${SCRIPT} Airfield`);
		expect(airfield!.properties.aliases).toEqual([IMG, 'javascript:alert(1)']);
		expect(zeroWidth!.properties.name).toBe('Zero\u200BWidth City');
		expect(rtl!.properties.name).toBe('\u202Etluser-ltr\u202C Town');
		expect(emoji!.properties.name).toBe('Emoji Capital 🇮🇷');
		expect(entities!.properties.name).toBe('&lt;b&gt;Land&lt;/b&gt;');
		expect(hostile.meta.title).toBe(`${SCRIPT} Hostile briefing`);
		expect(hostile.events[0]!.factCheck!.note).toContain('<img src=x onerror="window.__pwned=1">');
		expect(hostile.events[0]!.attribution).toEqual({
			claimedBy: `${IMG} agency`,
			status: 'denied',
			deniedBy: [`${SCRIPT} ministry`]
		});
		expect(hostile.article.paragraphs[0]!.sentences[0]!.text).toBe(
			`Officials toured ${SCRIPT} Airfield on 8 June 2022.`
		);
	});

	it('keeps a 100 KB string whole', () => {
		expect(hostile.places.features[0]!.properties.note).toBe(LONG);
		expect(LONG.length).toBeGreaterThanOrEqual(100_000);
	});

	it('still accepts http(s) links that carry markup in their query', () => {
		const url = hostile.places.features[0]!.properties.sources[0]!.url!;
		expect(url).toContain(SCRIPT);
		expect(new URL(url).protocol).toBe('https:');
	});
});
