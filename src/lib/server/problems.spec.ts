import { describe, expect, it } from 'vitest';
import { formatProblem, quote, toJsonPath } from './problems';

describe('toJsonPath', () => {
	it('writes identifiers with dots, indexes in brackets and other keys quoted', () => {
		expect(toJsonPath([])).toBe('$');
		expect(toJsonPath(['features', 3, 'geometry', 'coordinates', 1])).toBe(
			'$.features[3].geometry.coordinates[1]'
		);
		expect(toJsonPath(['odd key', 'a"b'])).toBe('$["odd key"]["a\\"b"]');
	});
});

describe('formatProblem', () => {
	it('prints file, path and message on one line', () => {
		expect(
			formatProblem({
				briefingId: 'x',
				file: 'briefings/x/events.json',
				path: '$[0].placeIds[0]',
				message: 'unknown place id "vienna"'
			})
		).toBe('briefings/x/events.json $[0].placeIds[0]: unknown place id "vienna"');
	});
});

describe('quote', () => {
	it('escapes line breaks and cuts long values', () => {
		expect(quote('a\nb')).toBe('"a\\nb"');
		expect(quote('x'.repeat(500))).toHaveLength(78);
	});
});
