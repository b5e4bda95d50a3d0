import { describe, expect, it } from 'vitest';
import { apiRoot, featureUrl, itemsPageLinks } from './links';

const root = 'http://test.local/api';
const rels = (links: { rel: string }[]) => links.map((link) => link.rel);

describe('itemsPageLinks', () => {
	it('gives the first page self and next, no prev', () => {
		const links = itemsPageLinks(
			root,
			'alpha.places',
			{ bbox: null, datetime: null, limit: 2, offset: 0 },
			5
		);
		expect(rels(links)).toEqual(['self', 'collection', 'next']);
		expect(links[0]!.href).toBe(`${root}/collections/alpha.places/items?limit=2`);
		expect(links[2]!.href).toBe(`${root}/collections/alpha.places/items?limit=2&offset=2`);
		expect(links[2]!.type).toBe('application/geo+json');
	});

	it('gives a middle page next and prev', () => {
		const links = itemsPageLinks(
			root,
			'alpha.places',
			{ bbox: null, datetime: null, limit: 2, offset: 2 },
			5
		);
		expect(rels(links)).toEqual(['self', 'collection', 'next', 'prev']);
		expect(links[3]!.href).toBe(`${root}/collections/alpha.places/items?limit=2`);
	});

	it('gives the last page prev only', () => {
		const links = itemsPageLinks(
			root,
			'alpha.places',
			{ bbox: null, datetime: null, limit: 2, offset: 4 },
			5
		);
		expect(rels(links)).toEqual(['self', 'collection', 'prev']);
		expect(links[2]!.href).toContain('offset=2');
	});

	it('never sends prev below offset 0', () => {
		const links = itemsPageLinks(
			root,
			'alpha.places',
			{ bbox: null, datetime: null, limit: 10, offset: 3 },
			5
		);
		expect(links.find((link) => link.rel === 'prev')!.href).toBe(
			`${root}/collections/alpha.places/items?limit=10`
		);
	});

	it('carries the filters into every page', () => {
		const links = itemsPageLinks(
			root,
			'alpha.events',
			{ bbox: [170, -20, -170, -10], datetime: '2022-07-01/..', limit: 1, offset: 0 },
			3
		);
		const next = new URL(links.find((link) => link.rel === 'next')!.href);
		expect(next.searchParams.get('bbox')).toBe('170,-20,-170,-10');
		expect(next.searchParams.get('datetime')).toBe('2022-07-01/..');
		expect(next.searchParams.get('offset')).toBe('1');
	});
});

describe('urls', () => {
	it('roots the API at the request origin', () => {
		expect(apiRoot(new URL('https://maps.example:8443/api/collections?x=1'))).toBe(
			'https://maps.example:8443/api'
		);
	});

	it('encodes ids in paths', () => {
		expect(featureUrl(root, 'a.places', 'x/y')).toBe(`${root}/collections/a.places/items/x%2Fy`);
	});
});
