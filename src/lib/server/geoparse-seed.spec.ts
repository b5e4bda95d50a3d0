/**
 * The geoparser on the seed briefing's article, against the places an editor curated for it by
 * hand (geodata/briefings/iran-drones-2022): every curated place the article names is proposed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { numericToAlpha2 } from 'i18n-iso-countries';
import { beforeAll, describe, expect, it } from 'vitest';
import { geoparse, type GeoparseResult } from '../geoparse';
import { loadGazetteer } from './gazetteer';

const folder = join(process.cwd(), 'geodata/briefings/iran-drones-2022');
const article = readFileSync(join(folder, 'article.md'), 'utf8');
const curated = JSON.parse(readFileSync(join(folder, 'places.geojson'), 'utf8')) as {
	features: {
		id: string;
		geometry: { coordinates: [number, number] };
		properties: { kind: string; mentions?: unknown[]; countryCode?: string };
	}[];
};

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
	const r = Math.PI / 180;
	const h =
		Math.sin(((bLat - aLat) * r) / 2) ** 2 +
		Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Offsets of the n-th paragraph (1-based) of the article. */
function paragraph(n: number): { start: number; end: number } {
	let start = 0;
	for (let i = 1; i < n; i++) start = article.indexOf('\n\n', start) + 2;
	const end = article.indexOf('\n\n', start);
	return { start, end: end === -1 ? article.length : end };
}

let result: GeoparseResult;
beforeAll(async () => {
	result = geoparse(article, await loadGazetteer(), { date: '2022-07-16' });
}, 60_000);

const mentions = () => result.places.flatMap((p) => p.mentions.map((m) => ({ ...m, place: p })));

describe('the seed article', () => {
	it('proposes every curated place the article names', () => {
		const named = curated.features.filter((f) => (f.properties.mentions ?? []).length > 0);
		expect(named.length).toBeGreaterThan(5);
		for (const f of named) {
			const [lon, lat] = f.geometry.coordinates;
			// A country's point is where its label sits, so countries are matched by their code;
			// a region's point is a label point too: any point near it is the same region.
			const proposed = result.places.some((p) =>
				f.properties.kind === 'country'
					? p.kind === 'country' && p.gazetteer.id === numericToAlpha2(f.properties.countryCode!)
					: f.properties.kind === 'region'
						? p.kind === 'region' && km(p.lat, p.lon, lat, lon) < 500
						: km(p.lat, p.lon, lat, lon) < 25
			);
			expect(proposed, `${f.id} is proposed`).toBe(true);
		}
	});

	it('places Kashan Airfield within 2 km of OIFK', () => {
		const airfield = mentions().find((m) => m.text === 'Kashan Airfield');
		expect(airfield?.place.gazetteer).toEqual({ source: 'ourairports', id: 'OIFK' });
		expect(km(airfield!.place.lat, airfield!.place.lon, 33.89533, 51.57704)).toBeLessThan(2);
	});

	it('reads Tehran in paragraph 3 as the government', () => {
		const p3 = paragraph(3);
		const tehran = mentions().find(
			(m) => m.text === 'Tehran' && m.start >= p3.start && m.end <= p3.end
		);
		expect(tehran?.sense).toBe('government');
		expect(tehran?.place.name).toBe('Tehran');
	});

	it('reads "an airfield in Iran" as the place Iran', () => {
		const at = article.indexOf('an airfield in Iran') + 'an airfield in '.length;
		const iran = mentions().find((m) => m.start === at);
		expect(iran).toMatchObject({ text: 'Iran', sense: 'place' });
		expect(iran?.place.gazetteer.id).toBe('IR');
	});

	it('reads the White House as the US government', () => {
		const whiteHouse = mentions().filter((m) => m.text.endsWith('White House'));
		expect(whiteHouse.length).toBeGreaterThan(1);
		for (const m of whiteHouse) {
			expect(m.sense).toBe('government');
			expect(km(m.place.lat, m.place.lon, 38.8977, -77.0365)).toBeLessThan(1);
		}
	});

	it('finds the dates June 8 and July 15, 2022', () => {
		const dates = new Set(result.dates.map((d) => d.date));
		expect(dates).toContain('2022-06-08');
		expect(dates).toContain('2022-07-15');
	});
});
