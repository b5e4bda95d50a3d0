import { describe, expect, it } from 'vitest';
import { fixtureGazetteer } from './fixture';
import { geoparse, searchGazetteer } from './index';

const g = fixtureGazetteer(
	[
		{
			name: 'United States',
			kind: 'country',
			lat: 39.8,
			lon: -98.6,
			country: 'US',
			id: 'US',
			aliases: ['U.S.', 'America'],
			demonyms: ['American', 'Americans']
		},
		{
			name: 'Russia',
			kind: 'country',
			lat: 60,
			lon: 100,
			country: 'RU',
			id: 'RU',
			demonyms: ['Russian', 'Russians']
		},
		{ name: 'France', kind: 'country', lat: 46, lon: 2, country: 'FR', id: 'FR' },
		{
			name: 'Moscow',
			kind: 'city',
			lat: 55.75,
			lon: 37.62,
			country: 'RU',
			population: 10_000_000,
			featureCode: 'PPLC',
			id: 'moscow-ru'
		},
		{
			name: 'Moscow',
			kind: 'city',
			lat: 46.73,
			lon: -117.0,
			country: 'US',
			admin1: 'ID',
			population: 25_000,
			id: 'moscow-id'
		},
		{
			name: 'Paris',
			kind: 'city',
			lat: 48.85,
			lon: 2.35,
			country: 'FR',
			population: 2_000_000,
			featureCode: 'PPLC',
			id: 'paris-fr'
		},
		{
			name: 'Paris',
			kind: 'city',
			lat: 33.66,
			lon: -95.56,
			country: 'US',
			admin1: 'TX',
			population: 25_000,
			id: 'paris-tx'
		},
		// A village abroad that outnumbers the Dublin suburb of the same name.
		{
			name: 'Belfast',
			kind: 'city',
			lat: 54.6,
			lon: -5.93,
			country: 'GB',
			population: 275_000,
			id: 'belfast-gb'
		},
		{
			name: 'Dundrum',
			kind: 'city',
			lat: 54.26,
			lon: -5.84,
			country: 'GB',
			population: 1_500,
			id: 'dundrum-gb'
		},
		{ name: 'Dundrum', kind: 'city', lat: 53.29, lon: -6.26, country: 'IE', id: 'dundrum-ie' },
		{
			name: 'Dublin',
			kind: 'city',
			lat: 53.33,
			lon: -6.25,
			country: 'IE',
			population: 1_000_000,
			featureCode: 'PPLC',
			id: 'dublin-ie'
		},
		{
			name: 'Dublin',
			kind: 'city',
			lat: 40.1,
			lon: -83.11,
			country: 'US',
			admin1: 'OH',
			population: 45_000,
			id: 'dublin-oh'
		},
		{
			name: 'Texas',
			kind: 'admin1',
			lat: 31,
			lon: -99,
			country: 'US',
			admin1: 'TX',
			id: 'US-TX',
			postal: ['Tex.']
		},
		{
			name: 'Fresno',
			kind: 'city',
			lat: 36.75,
			lon: -119.77,
			country: 'US',
			admin1: 'CA',
			population: 500_000,
			id: 'fresno'
		},
		{
			name: 'California',
			kind: 'admin1',
			lat: 37,
			lon: -120,
			country: 'US',
			admin1: 'CA',
			id: 'US-CA',
			postal: ['Calif.', 'CA']
		},
		{
			name: 'New York',
			kind: 'city',
			lat: 40.71,
			lon: -74.0,
			country: 'US',
			admin1: 'NY',
			population: 8_000_000,
			id: 'nyc'
		},
		{
			name: 'Mobile',
			kind: 'city',
			lat: 30.69,
			lon: -88.04,
			country: 'US',
			population: 190_000,
			id: 'mobile'
		},
		{ name: 'Georgia', kind: 'country', lat: 42, lon: 43.5, country: 'GE', id: 'GE' },
		{
			name: 'Georgia',
			kind: 'admin1',
			lat: 32.7,
			lon: -83.4,
			country: 'US',
			admin1: 'GA',
			id: 'US-GA'
		},
		{
			name: 'Atlanta',
			kind: 'city',
			lat: 33.75,
			lon: -84.39,
			country: 'US',
			admin1: 'GA',
			population: 500_000,
			id: 'atlanta'
		},
		{
			name: 'Tbilisi',
			kind: 'city',
			lat: 41.69,
			lon: 44.83,
			country: 'GE',
			population: 1_100_000,
			featureCode: 'PPLC',
			id: 'tbilisi'
		},
		{
			name: 'Parkland',
			kind: 'city',
			lat: 26.31,
			lon: -80.24,
			country: 'US',
			admin1: 'FL',
			population: 30_000,
			id: 'parkland'
		},
		{
			name: 'Sullivan',
			kind: 'city',
			lat: 38.2,
			lon: -91.16,
			country: 'US',
			population: 7_000,
			id: 'sullivan'
		},
		{
			name: 'Washington County',
			kind: 'region',
			lat: 45.56,
			lon: -123.1,
			country: 'US',
			admin1: 'OR',
			featureCode: 'ADM2',
			id: 'US-41067'
		},
		{
			name: 'Washington County',
			kind: 'region',
			lat: 37.75,
			lon: -85.18,
			country: 'US',
			admin1: 'KY',
			featureCode: 'ADM2',
			id: 'US-21229'
		},
		{
			name: 'Kentucky',
			kind: 'admin1',
			lat: 37.5,
			lon: -85,
			country: 'US',
			admin1: 'KY',
			id: 'US-KY'
		},
		{
			name: 'Kashan Airport',
			kind: 'airport',
			lat: 33.895,
			lon: 51.577,
			country: 'IR',
			id: 'OIFK',
			featureCode: 'medium_airport'
		},
		{
			name: 'Kashan',
			kind: 'city',
			lat: 33.98,
			lon: 51.43,
			country: 'IR',
			population: 300_000,
			id: 'kashan'
		},
		{
			name: 'Iran',
			kind: 'country',
			lat: 32,
			lon: 53,
			country: 'IR',
			id: 'IR',
			demonyms: ['Iranian', 'Iranians']
		},
		{
			name: 'White House',
			kind: 'facility',
			lat: 38.8977,
			lon: -77.0365,
			country: 'US',
			id: 'white-house',
			standsFor: { country: 'US', institution: 'the US presidency' }
		}
	],
	['mobile', 'parkland']
);

const mentionsOf = (text: string, date?: string) =>
	geoparse(text, g, { date }).places.flatMap((p) =>
		p.mentions.map((m) => ({ ...m, place: p.gazetteer.id, kind: p.kind }))
	);

describe('recognition', () => {
	it('matches the longest name and gives offsets into the text', () => {
		const [m] = mentionsOf('Flights to New York resumed.');
		expect(m).toMatchObject({ text: 'New York', start: 11, end: 19, place: 'nyc' });
	});

	it('reads abbreviations, possessives and hyphenated forms', () => {
		const found = mentionsOf('The U.S. said that Moscow’s forces and Russia-backed groups left.');
		expect(found.map((m) => [m.text, m.place])).toEqual([
			['U.S.', 'US'],
			['Moscow', 'moscow-ru'],
			['Russia', 'RU']
		]);
	});

	it('reads "X Airfield" as the airport named after X', () => {
		const [m] = mentionsOf('Drones were shown at Kashan Airfield last month.');
		expect(m).toMatchObject({ text: 'Kashan Airfield', place: 'OIFK', kind: 'airport' });
	});

	it('reads a demonym as its country', () => {
		const [m] = mentionsOf('Iranian officials declined to comment.');
		expect(m).toMatchObject({ text: 'Iranian', place: 'IR', sense: 'people' });
	});

	it('does not take people’s names or ordinary words for towns', () => {
		const found = mentionsOf(
			'Jake Sullivan spoke. Later Sullivan left. Mobile phones rang; a mobile network failed.'
		);
		expect(found).toEqual([]);
	});

	it('reads a town named like a dictionary word after a word of place', () => {
		expect(mentionsOf('Parkland students met.')).toEqual([]);
		const found = mentionsOf('A storm hit the town of Parkland.');
		expect(found.map((m) => [m.text, m.start])).toEqual([['Parkland', 24]]);
	});

	it('marks a place name inside an organisation’s name', () => {
		const [m] = mentionsOf('She told the New York Times on Friday.');
		expect(m).toMatchObject({ text: 'New York', sense: 'government' });
	});

	it('reads a postal abbreviation after a town as the state', () => {
		const found = mentionsOf('A fire near Fresno, Calif., spread.');
		expect(found.map((m) => [m.text, m.place])).toEqual([
			['Fresno', 'fresno'],
			['Calif.', 'US-CA']
		]);
	});
});

describe('resolution', () => {
	it('prefers the capital to a small namesake', () => {
		const [m] = mentionsOf('Paris is hosting the talks.');
		expect(m?.place).toBe('paris-fr');
	});

	it('follows an explicit qualifier', () => {
		const [m] = mentionsOf('A storm hit Paris, Texas, on Monday.');
		expect(m?.place).toBe('paris-tx');
	});

	it('reads a town qualified by a city as the one beside that city', () => {
		// Belfast, 40 km from the village, pulls the other way.
		const found = mentionsOf('Belfast patients were moved to Dundrum, Dublin, last year.');
		expect(found.map((m) => [m.text, m.place])).toEqual([
			['Belfast', 'belfast-gb'],
			['Dundrum', 'dundrum-ie'],
			['Dublin', 'dublin-ie']
		]);
	});

	it('places a street named after a place in the town the article is about', () => {
		const found = mentionsOf('Police in Moscow closed Paris Avenue West. Moscow stayed calm.');
		expect(found.find((m) => m.text === 'Paris Avenue West')?.place).toBe('moscow-ru');
	});

	it('reads a county with no namesake town in the article’s state as in that state', () => {
		const found = mentionsOf('California crews fought a fire in Sullivan County on Monday.');
		expect(found.find((m) => m.text === 'Sullivan')?.place).toBe('US-CA');
	});

	it('reads a county named in many states as the one in the article’s state', () => {
		const found = mentionsOf('Kentucky schools in Washington County closed on Monday.');
		expect(found.find((m) => m.text === 'Washington County')?.place).toBe('US-21229');
	});

	it('reads a qualifier as what holds the town before it', () => {
		const places = (text: string) => mentionsOf(text).map((m) => [m.text, m.place]);
		expect(places('Tbilisi watched a plant in Atlanta, Georgia, close.')).toEqual([
			['Tbilisi', 'tbilisi'],
			['Atlanta', 'atlanta'],
			['Georgia', 'US-GA']
		]);
		expect(places('Atlanta watched a plant in Tbilisi, Georgia, close.')).toEqual([
			['Atlanta', 'atlanta'],
			['Tbilisi', 'tbilisi'],
			['Georgia', 'GE']
		]);
	});

	it('ranks candidates with scores, the chosen first', () => {
		const place = geoparse('Moscow and Russia.', g).places.find((p) => p.name === 'Moscow');
		expect(place?.candidates.map((c) => c.gazetteer.id)).toEqual(['moscow-ru', 'moscow-id']);
		expect(place!.candidates[0]!.score).toBeGreaterThan(place!.candidates[1]!.score);
	});
});

describe('sense', () => {
	it('reads a capital that acts as its government', () => {
		const found = mentionsOf('Moscow has dismissed the claim. Troops massed near Moscow.');
		expect(found.map((m) => m.sense)).toEqual(['government', 'place']);
	});

	it('reads a seat of power as its institution unless it is a place to be in', () => {
		const found = mentionsOf(
			'The White House, in a statement of its own, disagreed. Protesters gathered outside the White House.'
		);
		expect(found.map((m) => m.sense)).toEqual(['government', 'place']);
	});

	it('reads what a place name owns as its polity’s unless it is the land', () => {
		const found = mentionsOf(
			'Officials weighed Russia’s request for talks. Troops crossed into Russia’s northern border area.'
		);
		expect(found.map((m) => [m.text, m.sense])).toEqual([
			['Russia', 'government'],
			['Russia', 'place']
		]);
	});

	it('reads what is done with a name before a preposition that would make it land', () => {
		const found = mentionsOf('Exports suffered after sanctions on Russia and a loss to France.');
		expect(found.map((m) => [m.text, m.sense])).toEqual([
			['Russia', 'government'],
			['France', 'government']
		]);
	});

	it('reads the land after verbs of going and between two places', () => {
		const found = mentionsOf(
			'The family fled Iran. There are no flights between Moscow and Paris.'
		);
		expect(found.map((m) => m.sense)).toEqual(['place', 'place', 'place']);
	});

	it('reads compounds of parties and leaders as governments', () => {
		const found = mentionsOf('A France-Iran summit and a U.S.-led coalition met.');
		expect(found.map((m) => [m.text, m.sense])).toEqual([
			['France', 'government'],
			['Iran', 'government'],
			['U.S.', 'government']
		]);
	});

	it('reads a subject past an adverb, a day or "which" as acting', () => {
		const found = mentionsOf(
			'France on Saturday filed a complaint. Iran, which rejected it, and Russia heatedly denies it.'
		);
		expect(found.map((m) => m.sense)).toEqual(['government', 'government', 'government']);
	});

	it('reads "the city of X" and a building named after its town as the land', () => {
		const found = mentionsOf(
			'Shelling hit the city of Kashan, controlled by rebels. The injured were taken to Kashan General Hospital.'
		);
		expect(found.map((m) => m.sense)).toEqual(['place', 'place']);
	});

	it('reads a name after "for" or "with" as a party', () => {
		const found = mentionsOf('The ruling has consequences for France. Talks resumed with Iran.');
		expect(found.map((m) => m.sense)).toEqual(['government', 'government']);
	});

	it('reads "an airfield in Iran" as the land and "Russians" as people', () => {
		const found = mentionsOf('Russians visited an airfield in Iran.');
		expect(found.map((m) => [m.text, m.sense])).toEqual([
			['Russians', 'people'],
			['Iran', 'place']
		]);
	});
});

describe('dates', () => {
	it('reads dates relative to the article date, with their precision', () => {
		const { dates } = geoparse(
			'It happened on June 8 and again in March 2021. On Friday it ended.',
			g,
			{
				date: '2022-07-16'
			}
		);
		expect(dates.map((d) => [d.text, d.date, d.precision])).toEqual([
			['June 8', '2022-06-08', 'day'],
			['March 2021', '2021-03-01', 'month'],
			['On Friday', '2022-07-15', 'day']
		]);
	});

	it('ignores a time without a date', () => {
		expect(geoparse('At 2:36 pm the vote closed.', g).dates).toEqual([]);
	});
});

describe('searchGazetteer', () => {
	it('finds exact names first, then prefixes, ranked', () => {
		const found = searchGazetteer(g, 'paris', 5).map((c) => c.gazetteer.id);
		expect(found).toEqual(['paris-fr', 'paris-tx']);
		expect(searchGazetteer(g, 'Kash', 5).map((c) => c.gazetteer.id)).toEqual(['kashan', 'OIFK']);
		expect(searchGazetteer(g, 'OIFK', 1)[0]?.name).toBe('Kashan Airport');
	});
});
