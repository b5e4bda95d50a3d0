import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { tinyArticle, tinyPlaces } from '../../briefing/fixtures/tiny-briefing';
import type { Briefing } from '../../briefing/types';
import { buildSingleFile, inlineScriptHashes } from './single-file';

const shell = `<!doctype html><html><head><!-- briefmap:head --><title>briefmap</title><script type="module">run()</script></head><body><div id="app"></div><!-- briefmap:data --></body></html>`;

function tinyBriefing(): Briefing {
	return {
		id: 'tiny',
		meta: {
			id: 'tiny',
			title: 'Tiny',
			subject: 'A tiny briefing',
			articleSource: { publisher: 'Test' } as Briefing['meta']['articleSource'],
			articleDate: '2022-07',
			defaultView: { center: [51, 33], zoom: 4 },
			scenes: []
		},
		article: tinyArticle,
		places: { type: 'FeatureCollection', features: tinyPlaces },
		platforms: [],
		events: []
	} as Briefing;
}

describe('buildSingleFile', () => {
	it('allows exactly the inline scripts that run, by hash', () => {
		const html = buildSingleFile(shell, tinyBriefing(), new Uint8Array([1, 2, 3]));
		const hash = createHash('sha256').update('run()').digest('base64');
		expect(html).toContain(`script-src 'sha256-${hash}';`);
		expect(html).not.toMatch(/unsafe-eval/);
		expect(inlineScriptHashes(html)).toEqual([`'sha256-${hash}'`]);
	});

	it('keeps hostile text inside the data element', () => {
		const briefing = tinyBriefing();
		briefing.meta.title = '</script><script>alert(1)</script>';
		const html = buildSingleFile(shell, briefing, new Uint8Array([1]));
		expect(html.match(/<script/g)).toHaveLength(3);
		expect(html).toContain(
			'<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; — briefmap</title>'
		);
		const data = /<script type="application\/json" id="briefmap-data">([^<]*)<\/script>/.exec(html);
		expect(JSON.parse(data![1]!).meta.title).toBe(briefing.meta.title);
	});

	it('refuses a shell without its markers', () => {
		expect(() => buildSingleFile('<html></html>', tinyBriefing(), new Uint8Array())).toThrow(
			/marker/
		);
	});
});
