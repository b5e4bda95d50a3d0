import { describe, expect, it } from 'vitest';
import type { Scene } from '../briefing/types';
import { legendLine, wrapLines } from './export-text';

/** One unit per character: easy to reason about. */
const measure = (text: string) => text.length;

describe('wrapLines', () => {
	it('breaks between words to stay within the width', () => {
		expect(wrapLines('one two three four', 9, measure)).toEqual(['one two', 'three', 'four']);
	});

	it('keeps a word longer than the line whole', () => {
		expect(wrapLines('a extraordinarily b', 5, measure)).toEqual(['a', 'extraordinarily', 'b']);
	});

	it('gives no lines for blank text', () => {
		expect(wrapLines('  ', 10, measure)).toEqual([]);
	});
});

describe('legendLine', () => {
	const scene: Scene = {
		id: 's',
		title: 'T',
		caption: 'C',
		layers: ['places', 'countries', 'ranges'],
		platforms: ['shahed-129', 'unknown'],
		highlightPlaces: ['kashan', 'nowhere'],
		notes: ''
	};
	const names: Record<string, string> = { kashan: 'Kashan Airfield', 'shahed-129': 'Shahed-129' };

	it('names the ringed places, the shading and the range bands, skipping unknown ids', () => {
		expect(
			legendLine(
				scene,
				(id) => names[id],
				(id) => names[id]
			)
		).toBe(
			'Ringed: Kashan Airfield · shaded: countries in the story · reported ranges: Shahed-129'
		);
	});

	it('leaves out layers the scene does not show', () => {
		const quiet = { ...scene, layers: ['places'] };
		expect(
			legendLine(
				quiet,
				(id) => names[id],
				(id) => names[id]
			)
		).toBe('Ringed: Kashan Airfield');
	});
});
