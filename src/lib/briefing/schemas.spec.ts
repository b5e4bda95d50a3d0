import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
	BriefingMetaSchema,
	EventsSchema,
	PlaceCollectionSchema,
	PlatformSchema,
	PlatformsSchema,
	RangeFigureSchema,
	SceneSchema,
	SourceSchema,
	isHttpUrl
} from './schemas';

const seed = (name: string): unknown =>
	JSON.parse(
		readFileSync(
			new URL(`../../../geodata/briefings/iran-drones-2022/${name}`, import.meta.url),
			'utf8'
		)
	);

/** Dot paths and messages of a failed parse, for compact assertions. */
function issuesOf(schema: v.GenericSchema, input: unknown): string[] {
	const result = v.safeParse(schema, input);
	return result.success ? [] : result.issues.map((i) => `${v.getDotPath(i) ?? '$'}: ${i.message}`);
}

const source = { publisher: 'AP' };

describe('the seed briefing files', () => {
	it.each([
		['briefing.json', BriefingMetaSchema],
		['places.geojson', PlaceCollectionSchema],
		['platforms.json', PlatformsSchema],
		['events.json', EventsSchema]
	] as const)('%s matches its schema', (file, schema) => {
		expect(issuesOf(schema, seed(file))).toEqual([]);
	});

	it('labels Shahed-191 as having no published range, with sources', () => {
		const platforms = v.parse(PlatformsSchema, seed('platforms.json'));
		const shahed191 = platforms.find((p) => p.id === 'shahed-191');
		expect(shahed191?.ranges).toEqual([]);
		expect(shahed191?.noRangeNote?.sources.length).toBeGreaterThanOrEqual(2);
	});

	it('flags the disputed date of the second Kashan showing', () => {
		const events = v.parse(EventsSchema, seed('events.json'));
		const second = events.find((e) => e.id === 'second-showing');
		expect(second?.date).toBe('2022-07-05');
		expect(second?.factCheck?.note).toMatch(/July 15.*July 5/);
	});
});

describe('SceneSchema', () => {
	const scene = {
		id: 'kashan',
		title: 'Kashan Airfield',
		caption: 'Where the drones were shown.',
		fitPlaces: ['kashan-airfield', 'tehran'],
		layers: ['places', 'range-bands'],
		platforms: ['shahed-129'],
		highlightPlaces: ['kashan-airfield'],
		date: '2022-06-08',
		notes: 'Point out the runway.'
	};

	it('accepts a scene that fits places or sets a camera', () => {
		expect(issuesOf(SceneSchema, scene)).toEqual([]);
		const { fitPlaces: _, ...rest } = scene;
		expect(issuesOf(SceneSchema, { ...rest, camera: { center: [51.5, 33.9], zoom: 6 } })).toEqual(
			[]
		);
	});

	it('rejects a scene with neither a camera nor places to fit', () => {
		expect(issuesOf(SceneSchema, { ...scene, fitPlaces: [] })).toEqual([
			'camera: a scene needs a camera or a non-empty fitPlaces list'
		]);
	});

	it('rejects a camera outside the map', () => {
		expect(issuesOf(SceneSchema, { ...scene, camera: { center: [200, 0], zoom: 3 } })).toEqual([
			'camera.center.0: longitude must be within [-180, 180]'
		]);
	});

	it('fills defaults for optional lists and notes', () => {
		const parsed = v.parse(SceneSchema, { id: 's', title: 'T', caption: 'C', fitPlaces: ['x'] });
		expect(parsed).toMatchObject({ layers: [], highlightPlaces: [], notes: '' });
	});
});

describe('PlatformSchema', () => {
	const platform = {
		id: 'shahed-129',
		name: 'Shahed-129',
		status: 'shown',
		description: 'A drone.',
		ranges: [{ kind: 'control-radius', lowKm: 200, highKm: 200, sources: [source] }]
	};

	it('requires a noRangeNote exactly when no range is published', () => {
		expect(issuesOf(PlatformSchema, { ...platform, ranges: [] })).toEqual([
			expect.stringMatching(/^noRangeNote: give noRangeNote exactly when ranges is empty/)
		]);
		expect(
			issuesOf(PlatformSchema, { ...platform, noRangeNote: { text: 'None.', sources: [source] } })
		).toHaveLength(1);
	});

	it('rejects a band whose high end is below its low end', () => {
		expect(
			issuesOf(RangeFigureSchema, {
				kind: 'one-way-range',
				lowKm: 2500,
				highKm: 2000,
				sources: [source]
			})
		).toEqual(['highKm: highKm must not be below lowKm']);
	});

	it('rejects a range figure without a source', () => {
		expect(
			issuesOf(RangeFigureSchema, { kind: 'one-way-range', lowKm: 1, highKm: 2, sources: [] })
		).toEqual(['sources: needs at least one source']);
	});

	it('rejects an unknown kind of figure', () => {
		expect(
			issuesOf(RangeFigureSchema, { kind: 'range', lowKm: 1, highKm: 2, sources: [source] })
		).toEqual([expect.stringMatching(/^kind: /)]);
	});
});

describe('SourceSchema', () => {
	it('accepts http and https links only', () => {
		expect(issuesOf(SourceSchema, { ...source, url: 'https://example.org/a' })).toEqual([]);
		expect(issuesOf(SourceSchema, { ...source, url: 'javascript:alert(1)' })).toEqual([
			'url: "javascript:alert(1)" is not an http(s) URL: only http and https links are allowed'
		]);
	});

	it('rejects unknown properties, so a misspelt key is not silently ignored', () => {
		expect(issuesOf(SourceSchema, { ...source, publihser: 'AP' })).toHaveLength(1);
	});
});

describe('isHttpUrl', () => {
	it('rejects other schemes and relative links', () => {
		expect(['https://a.org', 'http://a.org/x'].every(isHttpUrl)).toBe(true);
		expect(
			['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', '/relative', 'a.org'].some(
				isHttpUrl
			)
		).toBe(false);
	});
});

describe('dates in the files', () => {
	const event = { id: 'e', title: 'An event', placeIds: [], sources: [source] };

	it('rejects a day that does not exist and a day given as a month', () => {
		expect(issuesOf(EventsSchema, [{ ...event, date: '2022-02-30' }])).toEqual([
			'0.date: "2022-02-30" is not a day: use YYYY-MM-DD'
		]);
		expect(issuesOf(EventsSchema, [{ ...event, date: '2022-07' }])).toHaveLength(1);
	});

	it('takes a source date at any precision that exists', () => {
		for (const date of ['2022', '2022-07', '2024-02-29'])
			expect(issuesOf(SourceSchema, { ...source, date })).toEqual([]);
		expect(issuesOf(SourceSchema, { ...source, date: '2022-02-29' })).toEqual([
			'date: "2022-02-29" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD'
		]);
	});
});
