/**
 * What the gazetteer lacks — buildings, roads, villages — placed in the article's towns; and
 * the recognition rules for abbreviations, demonyms and one sense per article.
 */
import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from './fixture';
import { geoparse } from './index';

const g = fixtureGazetteer(
	[
		{ name: 'Ireland', kind: 'country', lat: 53, lon: -8, country: 'IE', id: 'IE' },
		{
			name: 'Dublin',
			kind: 'city',
			lat: 53.35,
			lon: -6.26,
			country: 'IE',
			population: 1_000_000,
			featureCode: 'PPLC',
			id: 'dublin'
		},
		{
			name: 'Dundrum',
			kind: 'city',
			lat: 53.29,
			lon: -6.25,
			country: 'IE',
			population: 30_000,
			id: 'dundrum'
		},
		{
			name: 'Cirencester',
			kind: 'city',
			lat: 51.72,
			lon: -1.97,
			country: 'GB',
			population: 19_000,
			id: 'cirencester'
		},
		{
			name: 'England',
			kind: 'admin1',
			lat: 52.5,
			lon: -1.5,
			country: 'GB',
			admin1: 'ENG',
			id: 'GB-ENG',
			demonyms: ['English']
		},
		{
			name: 'English',
			kind: 'city',
			lat: 38.33,
			lon: -86.46,
			country: 'US',
			population: 600,
			id: 'english-in'
		},
		{
			name: 'Salisbury',
			kind: 'city',
			lat: 51.07,
			lon: -1.79,
			country: 'GB',
			population: 40_000,
			id: 'salisbury'
		},
		{ name: 'Fife', kind: 'admin1', lat: 56.2, lon: -3.1, country: 'GB', id: 'GB-FIF' },
		{
			name: 'Austria',
			kind: 'country',
			lat: 47.3,
			lon: 13.3,
			country: 'AT',
			id: 'AT',
			demonyms: ['Austrian', 'Austro']
		},
		{
			name: 'Hungary',
			kind: 'country',
			lat: 47,
			lon: 20,
			country: 'HU',
			id: 'HU',
			demonyms: ['Hungarian']
		},
		{
			name: 'Trinidad and Tobago',
			kind: 'country',
			lat: 10.7,
			lon: -61.5,
			country: 'TT',
			id: 'TT',
			aliases: ['T&T']
		},
		{
			name: 'British Columbia',
			kind: 'admin1',
			lat: 53.7,
			lon: -127.6,
			country: 'CA',
			admin1: 'BC',
			id: 'CA-BC',
			aliases: ['B.C.'],
			postal: ['B.C.']
		},
		{
			name: 'Georgia',
			kind: 'admin1',
			lat: 32.7,
			lon: -83.4,
			country: 'US',
			admin1: 'GA',
			id: 'US-GA',
			postal: ['Ga.']
		},
		{
			name: 'Walker County',
			kind: 'region',
			lat: 34.7,
			lon: -85.3,
			country: 'US',
			admin1: 'GA',
			id: 'US-13295'
		},
		{
			name: 'London Heathrow Airport',
			kind: 'airport',
			lat: 51.47,
			lon: -0.46,
			country: 'GB',
			featureCode: 'large_airport',
			id: 'EGLL',
			aliases: ['Heathrow']
		},
		{
			name: 'Heathrow',
			kind: 'city',
			lat: 28.76,
			lon: -81.37,
			country: 'US',
			population: 6_000,
			id: 'heathrow-fl'
		},
		{
			name: 'Parkland',
			kind: 'city',
			lat: 26.31,
			lon: -80.24,
			country: 'US',
			population: 30_000,
			id: 'parkland'
		}
	],
	['parkland']
);

const mentionsOf = (text: string) =>
	geoparse(text, g).places.flatMap((p) =>
		p.mentions.map((m) => ({
			text: m.text,
			sense: m.sense,
			place: p.gazetteer.id,
			candidates: p.candidates.map((c) => c.gazetteer.id)
		}))
	);

describe('buildings', () => {
	it('are mentions placed in the town named after them', () => {
		const found = mentionsOf('He is held at the Central Mental Hospital in Dundrum.');
		expect(found).toContainEqual({
			text: 'Central Mental Hospital',
			sense: 'place',
			place: 'dundrum',
			candidates: ['dundrum']
		});
	});

	it('are facilities named as the text names them, at the town’s point', () => {
		const [hospital] = geoparse('He is held at the Central Mental Hospital in Dundrum.', g).places;
		expect(hospital).toMatchObject({
			name: 'Central Mental Hospital',
			kind: 'facility',
			lat: 53.29,
			lon: -6.25,
			gazetteer: { id: 'dundrum' }
		});
		expect(hospital?.candidates[0]).toMatchObject({ name: 'Dundrum', kind: 'city' });
	});

	it("are places of their own in the article's towns, the most named first", () => {
		const places = geoparse(
			'Dublin was calm. Dundrum too. In Dublin, the Rotunda Maternity Hospital was full.',
			g
		).places;
		const hospital = places.find((p) => p.mentions[0]!.text === 'Rotunda Maternity Hospital');
		expect(hospital?.candidates.map((c) => c.gazetteer.id)).toEqual(['dublin', 'dundrum']);
		const dublin = places.find((p) => p.mentions[0]!.text === 'Dublin');
		expect(dublin?.mentions.map((m) => m.text)).toEqual(['Dublin', 'Dublin']);
	});

	it('leave out courts that are institutions and titles', () => {
		const found = mentionsOf(
			'A ruling by the Supreme Court in Dublin. King Juan Carlos University closed.'
		);
		expect(found.map((m) => m.text)).toEqual(['Dublin']);
	});
});

describe('names the gazetteer lacks', () => {
	it('are placed in the article’s towns after a word of place', () => {
		const found = mentionsOf('She moved to Rathbeggan last year. Dublin was too dear.');
		expect(found).toContainEqual(
			expect.objectContaining({ text: 'Rathbeggan', place: 'dublin', sense: 'place' })
		);
	});

	it('are placed in the known place after a comma', () => {
		const found = mentionsOf('The next race is at Knockhill, Fife.');
		expect(found).toContainEqual(expect.objectContaining({ text: 'Knockhill', place: 'GB-FIF' }));
	});

	it('are not months, surnames or words', () => {
		const found = mentionsOf(
			'Arike Ogunbowale scored in Dublin in March. She passed to Ogunbowale in Exploration.'
		);
		expect(found.map((m) => m.text)).toEqual(['Dublin']);
	});
});

describe('roads', () => {
	it('are read by number after "the" and in lists, and placed in the article’s towns', () => {
		const found = mentionsOf('The A417 near Cirencester closed. Use the A436, A40 and A429.');
		expect(found.filter((m) => m.place === 'cirencester').map((m) => m.text)).toEqual([
			'A417',
			'Cirencester',
			'A436',
			'A40',
			'A429'
		]);
		expect(mentionsOf('An A380 landed in Cirencester.').map((m) => m.text)).toEqual([
			'Cirencester'
		]);
	});
});

describe('recognition of abbreviations and demonyms', () => {
	it('reads one sense per article and a town before "police" as the town', () => {
		expect(mentionsOf('The Parkland students met.')).toEqual([]);
		expect(
			mentionsOf('The Parkland students met. A storm hit the town of Parkland.').map((m) => m.text)
		).toEqual(['Parkland', 'Parkland']);
		expect(mentionsOf('Parkland police said.').map((m) => m.place)).toEqual(['parkland']);
	});

	it('reads a demonym before a noun as the people, not the town of that name', () => {
		const found = mentionsOf('It happened in the English city of Salisbury.');
		expect(found.map((m) => [m.text, m.place])).toEqual([
			['English', 'GB-ENG'],
			['Salisbury', 'salisbury']
		]);
	});

	it('reads a combining form only before its hyphen', () => {
		expect(mentionsOf('the Austro-Hungarian empire').map((m) => m.place)).toEqual(['AT', 'HU']);
		expect(mentionsOf('Mr Lopez met Austro.').map((m) => m.place)).toEqual([]);
	});

	it('reads T&T as one word, and AT&T as no place', () => {
		expect(mentionsOf('T&T missed the meeting.').map((m) => m.place)).toEqual(['TT']);
		expect(mentionsOf('AT&T shares fell.')).toEqual([]);
	});

	it('reads B.C. as the province unless a number makes it a year', () => {
		expect(mentionsOf('across the B.C. border').map((m) => m.place)).toEqual(['CA-BC']);
		expect(mentionsOf('It was built in 500 B.C. by farmers.')).toEqual([]);
	});

	it('reads a state abbreviation in brackets after a place', () => {
		const found = mentionsOf('The Walker County (Ga.) sheriff asked for help.');
		expect(found.map((m) => [m.text, m.place])).toEqual([
			['Walker County', 'US-13295'],
			['Ga.', 'US-GA']
		]);
	});

	it('reads a large airport’s short name before a small namesake town', () => {
		expect(mentionsOf('The plane landed at Heathrow airport.').map((m) => m.place)).toEqual([
			'EGLL'
		]);
	});
});

describe('a region named after its city', () => {
	const kz = fixtureGazetteer([
		{
			name: 'Almaty Region',
			aliases: ['Almaty'],
			kind: 'admin1',
			lat: 45,
			lon: 78,
			country: 'KZ',
			admin1: 'ALM',
			id: 'KZ-ALM'
		},
		{
			name: 'Almaty',
			kind: 'city',
			lat: 43.25,
			lon: 76.92,
			country: 'KZ',
			population: 2_000_000,
			featureCode: 'PPLA',
			id: 'almaty'
		}
	]);
	const chosen = (text: string) => geoparse(text, kz).places.map((p) => p.gazetteer.id);

	it('gives way to the large city when read by its short name', () => {
		expect(chosen('Flights to Almaty resumed.')).toEqual(['almaty']);
		expect(chosen('Snow fell across Almaty Region.')).toEqual(['KZ-ALM']);
	});
});
