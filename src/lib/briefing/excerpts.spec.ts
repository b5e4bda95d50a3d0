import { describe, expect, it } from 'vitest';
import { parseArticle } from './article';
import { placeExcerpts } from './excerpts';
import { tinyArticle, tinyPlaces } from './fixtures/tiny-briefing';

const [kashan, tehran] = tinyPlaces as [(typeof tinyPlaces)[0], (typeof tinyPlaces)[0]];

describe('placeExcerpts', () => {
	it('returns one excerpt per mention, split around the naming words', () => {
		const excerpts = placeExcerpts(tinyArticle, kashan);
		expect(excerpts).toHaveLength(2);
		expect(excerpts[0]).toMatchObject({
			ref: 'p1.s1',
			paragraphId: 'p1',
			before: 'Officials flew to ',
			match: 'Kashan Airfield',
			after: '.'
		});
	});

	it('keeps the sense of each mention', () => {
		expect(placeExcerpts(tinyArticle, tehran).map((e) => e.sense)).toEqual(['government', 'place']);
	});

	it('marks the name as a whole word, not the start of a longer word', () => {
		const article = parseArticle('Iranian drones flew over Iran.');
		const iran = {
			...tehran,
			properties: {
				...tehran.properties,
				mentions: [{ ref: 'p1.s1', text: 'Iran', sense: 'place' as const }]
			}
		};
		expect(placeExcerpts(article, iran)).toMatchObject([
			{ before: 'Iranian drones flew over ', match: 'Iran', after: '.' }
		]);
	});

	it('skips mentions whose reference does not exist', () => {
		const broken = {
			...tehran,
			properties: {
				...tehran.properties,
				mentions: [{ ref: 'p9.s1', text: 'Tehran', sense: 'place' as const }]
			}
		};
		expect(placeExcerpts(tinyArticle, broken)).toEqual([]);
	});
});
