import { describe, expect, it } from 'vitest';
import { loadCatalog } from './catalog';
import { escapeXml, renderStaticMap } from './static-map';

describe('renderStaticMap', () => {
	it('draws the seed briefing’s places with their names', async () => {
		const catalog = await loadCatalog('geodata');
		const svg = renderStaticMap(catalog.briefings.get('iran-drones-2022')!);
		expect(svg.startsWith('<svg')).toBe(true);
		for (const name of ['Kashan Airfield', 'Tehran', 'Kyiv', 'Moscow'])
			expect(svg).toContain(`>${name}<`);
		expect(svg).toContain('url(#hatch)');
		// Washington is far off the regional frame and not drawn.
		expect(svg).not.toContain('>Washington');
	});

	it('escapes markup in names', () => {
		expect(escapeXml('<script>"&\'')).toBe('&#60;script&#62;&#34;&#38;&#39;');
	});
});
