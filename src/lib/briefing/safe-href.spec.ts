import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
	it('keeps http and https links', () => {
		expect(safeHref('https://apnews.com/a')).toBe('https://apnews.com/a');
		expect(safeHref('http://example.org/')).toBe('http://example.org/');
	});

	it.each([
		'javascript:alert(1)',
		'JaVaScRiPt:alert(1)',
		'data:text/html,<b>',
		'vbscript:x',
		'//evil',
		'not a url'
	])('drops %s', (url) => {
		expect(safeHref(url)).toBeUndefined();
	});
});
