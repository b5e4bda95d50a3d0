import { describe, expect, it } from 'vitest';
import { assertJsonFormat, assertKnownParams, parseLimit, parseOffset } from './params';
import { ApiProblem } from './problem';

const q = (query: string) => new URLSearchParams(query);

/** Runs a parser and returns the problem it throws (or fails when it throws none). */
function problemOf(run: () => unknown) {
	try {
		run();
	} catch (error) {
		if (error instanceof ApiProblem) return error.details;
		throw error;
	}
	throw new Error('expected an ApiProblem');
}

describe('parseLimit', () => {
	it('defaults to 10', () => {
		expect(parseLimit(q(''))).toBe(10);
	});

	it('accepts the bounds 1 and 1000', () => {
		expect(parseLimit(q('limit=1'))).toBe(1);
		expect(parseLimit(q('limit=1000'))).toBe(1000);
	});

	it.each(['-1', '0', '1001', '1000000000', '2.5', '1e3', '', 'ten', ' 5', '+5', '0x10'])(
		'refuses limit=%s with a 400 naming the parameter',
		(value) => {
			const problem = problemOf(() => parseLimit(q(`limit=${encodeURIComponent(value)}`)));
			expect(problem.status).toBe(400);
			expect(problem.parameter).toBe('limit');
			expect(problem.detail).toMatch(/^limit: /);
		}
	);

	it('says the range when a value is out of it', () => {
		expect(problemOf(() => parseLimit(q('limit=1000000000'))).detail).toContain('1..1000');
	});
});

describe('parseOffset', () => {
	it('defaults to 0 and reads integers', () => {
		expect(parseOffset(q(''))).toBe(0);
		expect(parseOffset(q('offset=0'))).toBe(0);
		expect(parseOffset(q('offset=25'))).toBe(25);
	});

	it.each(['-1', '1.5', 'x', '', '1234567890123456'])('refuses offset=%s', (value) => {
		expect(problemOf(() => parseOffset(q(`offset=${value}`))).parameter).toBe('offset');
	});
});

describe('assertKnownParams', () => {
	it('passes defined parameters', () => {
		expect(() => assertKnownParams(q('limit=5&f=json'), ['f', 'limit'])).not.toThrow();
	});

	it('refuses an unknown parameter, naming it and the accepted ones', () => {
		const problem = problemOf(() => assertKnownParams(q('limit=5&colour=red'), ['f', 'limit']));
		expect(problem.status).toBe(400);
		expect(problem.parameter).toBe('colour');
		expect(problem.detail).toContain('accepted: f, limit');
	});

	it('says so when the unknown parameter has an empty name (`?=x`)', () => {
		const problem = problemOf(() => assertKnownParams(q('=x'), ['f']));
		expect(problem.parameter).toBe('');
		expect(problem.detail).toMatch(/^\(empty name\): /);
	});

	it('refuses a parameter given twice', () => {
		const problem = problemOf(() => assertKnownParams(q('limit=5&limit=6'), ['limit']));
		expect(problem.parameter).toBe('limit');
		expect(problem.detail).toContain('more than once');
	});
});

describe('assertJsonFormat', () => {
	it('accepts no f, f=json and f=geojson', () => {
		for (const query of ['', 'f=json', 'f=geojson']) {
			expect(() => assertJsonFormat(q(query))).not.toThrow();
		}
	});

	it('refuses other formats', () => {
		expect(problemOf(() => assertJsonFormat(q('f=html'))).detail).toContain("'html'");
	});
});
