import { describe, expect, it } from 'vitest';
import { addAlternateNames } from './alternate-names.ts';
import type { SourceEntry } from './sources.ts';

const town = (id: string, name: string, population: number): SourceEntry => ({
	name,
	aliases: [],
	kind: 'city',
	lat: 0,
	lon: 0,
	country: 'KZ',
	admin1: '',
	population,
	featureCode: 'PPL',
	source: 'geonames',
	id
});

describe('GeoNames alternate names of towns', () => {
	it("add a town's current and other names written in Latin letters", () => {
		const capital = town('1', 'Nur-Sultan', 345_000);
		const added = addAlternateNames([capital], [], new Set(), [
			{ id: '1', names: ['Astana', 'Astana', 'Akmola', 'NQZ', 'Астана', 'Nur-Sultan'] }
		]);
		expect(capital.aliases).toEqual(['Astana', 'Akmola']);
		expect(added).toEqual(['Astana', 'Akmola']);
	});

	it('leave out English words, people’s names, names taken and names two towns would share', () => {
		const a = town('1', 'Alpha', 50_000);
		const b = town('2', 'Beta', 50_000);
		const other = { ...town('3', 'Gamma', 0), kind: 'admin1' as const, source: 'x' };
		addAlternateNames([a, b], [other], new Set(['mobile']), [
			{ id: '1', names: ['Mobile', 'Levi', 'Gamma', 'Shared', 'Own Name'] },
			{ id: '2', names: ['Shared'] }
		]);
		expect(a.aliases).toEqual(['Own Name']);
		expect(b.aliases).toEqual([]);
	});

	it('leave small towns with their own names only', () => {
		const village = town('1', 'Village', 2_000);
		addAlternateNames([village], [], new Set(), [{ id: '1', names: ['Other Name'] }]);
		expect(village.aliases).toEqual([]);
	});
});
