import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog';
import { escapeXml, renderStaticMap } from './static-map';

const catalog = await loadCatalog('geodata');
const seed = catalog.briefings.get('iran-drones-2022')!;
const WIDTH = 1200;
const HEIGHT = 800;

/** Every absolute point of every path's `d` (the renderer writes M, L and Z only). */
function pathPoints(svg: string): [number, number][][] {
	return [...svg.matchAll(/<path class="(?:land|story)" d="([^"]+)"/g)].map(([, d]) =>
		[...d!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(([, x, y]) => [Number(x), Number(y)])
	);
}

describe('renderStaticMap', () => {
	// The first call reads Natural Earth 1:50m (seconds on a busy machine); later ones reuse it.
	beforeAll(() => void renderStaticMap(seed), 60_000);

	it('draws the seed briefing’s places with their names', () => {
		const svg = renderStaticMap(seed);
		expect(svg.startsWith('<svg')).toBe(true);
		for (const name of ['Kashan Airfield', 'Tehran', 'Kyiv', 'Moscow', 'Isfahan', 'Jeddah'])
			expect(svg).toContain(`>${name}<`);
		for (const name of ['IRAN', 'RUSSIA', 'UKRAINE']) expect(svg).toContain(`>${name}<`);
		// Washington is far off the regional frame: named in the note, not drawn as a label.
		expect(svg).not.toContain('>Washington');
		expect(svg).toContain('Not on this map: Washington, D.C.');
	});

	it('stays under 300 KB in both themes', () => {
		for (const theme of ['light', 'dark'] as const) {
			expect(new TextEncoder().encode(renderStaticMap(seed, theme)).length).toBeLessThan(
				300 * 1024
			);
		}
	});

	it('draws countries as countries, not as the sphere around them', () => {
		// With the RFC 7946 winding d3 fills the whole picture for every country: each path
		// would run round the picture's corners. A country is a part of the picture.
		const countries = pathPoints(renderStaticMap(seed));
		expect(countries.length).toBeGreaterThan(20);
		const wholePicture = countries.filter((points) => {
			const xs = points.map(([x]) => x);
			const ys = points.map(([, y]) => y);
			return (
				Math.min(...xs) <= 0 &&
				Math.max(...xs) >= WIDTH &&
				Math.min(...ys) <= 0 &&
				Math.max(...ys) >= HEIGHT
			);
		});
		expect(wholePicture).toEqual([]);
	});

	it('shows the sea, hatches occupied Crimea and emphasises the story’s countries', () => {
		const svg = renderStaticMap(seed);
		expect(svg).toMatch(/<rect class="sea"/);
		expect(svg.match(/<path class="occupied"/g)).toHaveLength(1);
		expect(svg.match(/<path class="story"/g)?.length).toBeGreaterThanOrEqual(3);
		expect(svg).toMatch(/class="border story-border"/);
	});

	it('uses the dark palette for the dark theme', () => {
		const light = renderStaticMap(seed, 'light');
		const dark = renderStaticMap(seed, 'dark');
		expect(light).toContain('.sea{fill:#c6d9e6}');
		expect(dark).toContain('.sea{fill:#0a1824}');
	});

	it('escapes markup in names', () => {
		expect(escapeXml('<script>"&\'')).toBe('&#60;script&#62;&#34;&#38;&#39;');
	});
});
