import { describe, expect, it } from 'vitest';
import { readView, urlOfPath, viewOfPath } from './portable-urls';

const file = 'file:///home/me/iran-drones-2022.html?place=tehran#5/33/51';

describe('viewOfPath', () => {
	it('maps the briefing’s app paths to views', () => {
		expect(viewOfPath('/b/x', 'x')).toBe('explore');
		expect(viewOfPath('/b/x/present', 'x')).toBe('present');
		expect(viewOfPath('/b/x/presenter', 'x')).toBe('presenter');
	});

	it('leaves other paths and other briefings alone', () => {
		expect(viewOfPath('/', 'x')).toBeUndefined();
		expect(viewOfPath('/b/y/present', 'x')).toBeUndefined();
		expect(viewOfPath('/b/x/offline.html', 'x')).toBeUndefined();
	});
});

describe('urlOfPath', () => {
	it('keeps the file and puts the view and the link’s query and hash on it', () => {
		const url = urlOfPath('/b/x/present?scene=3', file, 'x')!;
		expect(url.pathname).toBe('/home/me/iran-drones-2022.html');
		expect(url.searchParams.get('view')).toBe('present');
		expect(url.searchParams.get('scene')).toBe('3');
		expect(url.hash).toBe('');
		expect(readView(url)).toBe('present');
	});

	it('carries a camera hash back to the explore view', () => {
		const url = urlOfPath('/b/x#6.5/33.9/51.6', file, 'x')!;
		expect(readView(url)).toBe('explore');
		expect(url.hash).toBe('#6.5/33.9/51.6');
	});
});
