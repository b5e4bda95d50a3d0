import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT_MESSAGE, embedSnippet, isEmbedHeightMessage } from './embed';

describe('embedSnippet', () => {
	it('frames the embed route of the briefing on its origin', () => {
		const html = embedSnippet('https://maps.example.org', 'iran-drones-2022', 'Iran shows drones');
		expect(html).toContain('src="https://maps.example.org/b/iran-drones-2022/embed"');
		expect(html).toContain('event.origin !== "https://maps.example.org"');
	});

	it('keeps a hostile title inside its attribute', () => {
		const html = embedSnippet('http://localhost:3000', 'x', '"><script>alert(1)</script>');
		expect(html).not.toContain('"><script>alert');
		expect(html).toContain('title="Map: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
	});
});

describe('isEmbedHeightMessage', () => {
	it('accepts a positive finite height', () => {
		expect(isEmbedHeightMessage({ type: EMBED_HEIGHT_MESSAGE, height: 412 })).toBe(true);
	});

	it('refuses other messages and bad heights', () => {
		for (const data of [
			null,
			'x',
			{ type: 'other', height: 1 },
			{ type: EMBED_HEIGHT_MESSAGE, height: -5 },
			{ type: EMBED_HEIGHT_MESSAGE, height: Infinity }
		])
			expect(isEmbedHeightMessage(data)).toBe(false);
	});
});
