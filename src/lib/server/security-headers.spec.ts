import { describe, expect, it } from 'vitest';
import { applySecurityHeaders, frameAncestors } from './security-headers';

describe('frameAncestors', () => {
	it('forbids embedding when unset', () => {
		expect(frameAncestors(undefined)).toBe("'none'");
	});

	it('keeps http(s) origins and self', () => {
		expect(frameAncestors("'self' https://news.example.org http://localhost:8080")).toBe(
			"'self' https://news.example.org http://localhost:8080"
		);
	});

	it('drops anything that is not an origin', () => {
		expect(frameAncestors('* javascript:alert(1) https://ok.example')).toBe('https://ok.example');
	});
});

describe('applySecurityHeaders', () => {
	it('appends frame-ancestors to the page policy', () => {
		const headers = new Headers({ 'content-security-policy': "default-src 'self'" });
		applySecurityHeaders(headers, 'https://news.example.org');
		expect(headers.get('content-security-policy')).toBe(
			"default-src 'self'; frame-ancestors https://news.example.org"
		);
		expect(headers.get('x-frame-options')).toBeNull();
	});

	it('gives non-page responses a policy that runs nothing', () => {
		const headers = new Headers();
		applySecurityHeaders(headers, undefined);
		expect(headers.get('content-security-policy')).toBe(
			"default-src 'none'; frame-ancestors 'none'"
		);
		expect(headers.get('x-content-type-options')).toBe('nosniff');
		expect(headers.get('x-frame-options')).toBe('DENY');
	});
});
