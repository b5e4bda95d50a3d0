import { describe, expect, it } from 'vitest';
import { parseBbox } from './bbox';
import { ApiProblem } from './problem';

const parse = (bbox: string) => parseBbox(new URLSearchParams({ bbox }));

function detailOf(bbox: string): string {
	try {
		parse(bbox);
	} catch (error) {
		if (error instanceof ApiProblem && error.details.parameter === 'bbox')
			return error.details.detail;
		throw error;
	}
	throw new Error(`bbox=${bbox} was accepted`);
}

describe('parseBbox', () => {
	it('is null when absent', () => {
		expect(parseBbox(new URLSearchParams())).toBeNull();
	});

	it('reads four numbers as one box', () => {
		expect(parse('44,25,63,40')).toEqual({
			values: [44, 25, 63, 40],
			boxes: [{ west: 44, south: 25, east: 63, north: 40 }]
		});
	});

	it('reads six numbers, skipping the elevations', () => {
		expect(parse('44,25,-100,63,40,9000')?.boxes).toEqual([
			{ west: 44, south: 25, east: 63, north: 40 }
		]);
	});

	it('splits a box whose west edge is east of its east edge at the antimeridian', () => {
		expect(parse('170,-20,-170,-10')?.boxes).toEqual([
			{ west: 170, south: -20, east: 180, north: -10 },
			{ west: -180, south: -20, east: -170, north: -10 }
		]);
	});

	it('accepts decimals, signs and exponents', () => {
		expect(parse('-1.5e1,.5,+15.,2E1')?.values).toEqual([-15, 0.5, 15, 20]);
	});

	it.each([
		['1,2,3', 'got 3'],
		['1,2,3,4,5', 'got 5'],
		['1,2,3,NaN', "value 4 ('NaN')"],
		['1,2,Infinity,4', "value 3 ('Infinity')"],
		['1,,3,4', "value 2 ('')"],
		['0x1,2,3,4', "value 1 ('0x1')"],
		['0,0,-1e999,10,10,50', "value 3 ('-1e999')"],
		['0,0,0,10,10,1e999', "value 6 ('1e999')"],
		['0,40,10,30', 'minimum latitude 40 is north of maximum latitude 30'],
		['-181,0,10,10', 'minimum longitude -181'],
		['0,0,10,91', 'maximum latitude 91'],
		['0,0,100,10,10,50', 'minimum elevation 100 exceeds maximum 50']
	])('refuses bbox=%s (%s)', (bbox, reason) => {
		expect(detailOf(bbox)).toContain(reason);
	});
});
