import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';
import { findMentions, guessSense, locateMentions, type MentionablePlace } from './mentions';
import type { PlaceCollection } from './types';

const seedFile = (name: string) =>
	readFileSync(
		new URL(`../../../geodata/briefings/iran-drones-2022/${name}`, import.meta.url),
		'utf8'
	);

const article = parseArticle(seedFile('article.md'));
const places = (JSON.parse(seedFile('places.geojson')) as PlaceCollection).features;

const place = (
	id: string,
	name: string,
	aliases: string[] = [],
	kind: MentionablePlace['properties']['kind'] = 'city'
): MentionablePlace => ({ id, properties: { name, aliases, kind } });

describe('findMentions on the seed article', () => {
	const found = findMentions(article, places);

	it('finds exactly the curated mentions of places.geojson (reference and words)', () => {
		const curated = places.flatMap((feature) =>
			feature.properties.mentions.map((m) => `${feature.id} ${m.ref} ${m.text}`)
		);
		const suggested = found.map((s) => `${s.placeId} ${s.ref} ${s.text}`);
		expect(suggested.sort()).toEqual(curated.sort());
	});

	it('returns offsets that slice the mention out of its paragraph', () => {
		for (const suggestion of found) {
			const paragraph = article.paragraphs.find((p) => p.id === suggestion.paragraphId);
			expect(paragraph?.text.slice(suggestion.start, suggestion.end)).toBe(suggestion.text);
			expect(suggestion.ref.startsWith(`${suggestion.paragraphId}.s`)).toBe(true);
		}
	});
});

describe('findMentions', () => {
	const text = (source: string) => parseArticle(source);

	it('matches whole words only', () => {
		const found = findMentions(text('Iranian drones flew over Iran. Irani is a name.'), [
			place('iran', 'Iran', [], 'country')
		]);
		expect(found.map((s) => [s.text, s.start])).toEqual([['Iran', 25]]);
	});

	it('treats a hyphen or a possessive as the end of a word', () => {
		const found = findMentions(text("Russia-backed forces. Moscow's insistence."), [
			place('russia', 'Russia', [], 'country'),
			place('moscow', 'Moscow', [], 'capital')
		]);
		expect(found.map((s) => `${s.placeId}:${s.text}`)).toEqual(['russia:Russia', 'moscow:Moscow']);
	});

	it('prefers the longest name where names overlap', () => {
		const found = findMentions(text('They met at Kashan Airfield near Kashan.'), [
			place('kashan', 'Kashan'),
			place('kashan-airfield', 'Kashan Airfield', [], 'airfield')
		]);
		expect(found.map((s) => `${s.placeId}:${s.text}`)).toEqual([
			'kashan-airfield:Kashan Airfield',
			'kashan:Kashan'
		]);
	});

	it('matches an alias that starts in lower case at the start of a sentence', () => {
		const found = findMentions(text('The White House said so. Later the White House agreed.'), [
			place('washington', 'Washington, D.C.', ['the White House'], 'capital')
		]);
		expect(found.map((s) => `${s.ref}:${s.text}:${s.term}`)).toEqual([
			'p1.s1:The White House:the White House',
			'p1.s2:the White House:the White House'
		]);
	});

	it('is case-sensitive otherwise, so common words do not become places', () => {
		const found = findMentions(text('They will reading the news in Reading.'), [
			place('reading', 'Reading')
		]);
		expect(found.map((s) => s.start)).toEqual([30]);
	});

	it('gives the first place a shared name', () => {
		const found = findMentions(text('Kashan.'), [place('a', 'Kashan'), place('b', 'Kashan')]);
		expect(found.map((s) => s.placeId)).toEqual(['a']);
	});

	it('finds names written in other scripts', () => {
		const found = findMentions(text('سفر به تهران.'), [place('tehran', 'تهران', [], 'capital')]);
		expect(found.map((s) => s.text)).toEqual(['تهران']);
	});
});

describe('guessSense', () => {
	it('reads a capital or a country after a locative word as the place', () => {
		expect(guessSense('country', 'an airfield in ')).toBe('place');
		expect(guessSense('country', 'is scheduled to visit ')).toBe('place');
		expect(guessSense('country', 'at Kashan Airfield, in central ')).toBe('place');
	});

	it('reads a capital or a country as its government otherwise', () => {
		expect(guessSense('capital', '')).toBe('government');
		expect(guessSense('capital', 'relations with ')).toBe('government');
		expect(guessSense('country', 'supply of drones to ')).toBe('government');
	});

	it('always reads airfields and cities as places', () => {
		expect(guessSense('airfield', '')).toBe('place');
		expect(guessSense('city', 'relations with ')).toBe('place');
	});
});

describe('locateMentions', () => {
	it('locates every curated seed mention in its paragraph', () => {
		const located = locateMentions(article, places);
		const curatedCount = places.reduce((n, f) => n + f.properties.mentions.length, 0);
		expect(located).toHaveLength(curatedCount);
		for (const mention of located) {
			const paragraph = article.paragraphs.find((p) => p.id === mention.paragraphId);
			expect(paragraph?.text.slice(mention.start, mention.end)).toBe(mention.text);
		}
	});

	it('gives repeated words in one sentence successive occurrences, whole words first', () => {
		const located = locateMentions(parseArticle('Iranian ties: Iran and Iran.'), [
			{
				id: 'iran',
				properties: {
					mentions: [
						{ ref: 'p1.s1', text: 'Iran', sense: 'place' },
						{ ref: 'p1.s1', text: 'Iran', sense: 'government' }
					]
				}
			}
		]);
		expect(located.map((m) => [m.start, m.sense])).toEqual([
			[14, 'place'],
			[23, 'government']
		]);
	});

	it('leaves out mentions whose reference or words are not in the article', () => {
		const located = locateMentions(parseArticle('Only Kyiv.'), [
			{
				id: 'kyiv',
				properties: {
					mentions: [
						{ ref: 'p2.s1', text: 'Kyiv', sense: 'place' },
						{ ref: 'p1.s1', text: 'Kiev', sense: 'place' }
					]
				}
			}
		]);
		expect(located).toEqual([]);
	});
});
