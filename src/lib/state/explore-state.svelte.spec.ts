/**
 * The explore view's state against the seed briefing: what a shared link restores, what the
 * controls change, and what goes back into the URL. Runes work outside components, so the class
 * is exercised as the page uses it, without a browser.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Briefing } from '../briefing/types';
import { loadCatalog } from '../server/catalog';
import { ExploreState } from './explore-state.svelte';
import { firstViewDistances } from './first-view-distances';
import { readExploreUrlState } from './url-state';

const geodata = fileURLToPath(new URL('../../../geodata', import.meta.url));
const KASHAN_AIRFIELD: [number, number] = [51.57704, 33.89533];

let briefing: Briefing;
beforeAll(async () => {
	briefing = (await loadCatalog(geodata)).briefings.get('iran-drones-2022')!;
});

/** The state a link with this query string opens, with the geodesic maths loaded. */
async function open(query = ''): Promise<ExploreState> {
	const state = new ExploreState(briefing, readExploreUrlState(new URLSearchParams(query)));
	await state.loadGeometry();
	return state;
}
const bandPlatforms = (state: ExploreState) => [
	...new Set(state.rangeBands.collection.features.map((f) => f.properties.platformId))
];

describe('ExploreState from a link', () => {
	it('opens with nothing selected, every layer on and the defaults left out of the URL', async () => {
		const state = await open();
		expect(state.selectedPlace).toBeUndefined();
		expect(state.activeLayers).toEqual(['places', 'countries', 'ranges']);
		expect(state.urlState).toEqual({
			place: undefined,
			date: undefined,
			layers: undefined,
			origin: undefined,
			platforms: undefined
		});
	});

	it('selects the linked place, and ignores an id the briefing does not have', async () => {
		expect((await open('place=tehran')).selectedPlace?.properties.name).toBe('Tehran');
		expect((await open('place=vienna')).selectedPlaceId).toBeUndefined();
	});

	it('keeps only layers the legend knows, in legend order', async () => {
		expect((await open('layers=ranges,bogus,places')).activeLayers).toEqual(['ranges', 'places']);
	});

	it('draws the shown platforms with a range by default, and lists those without one', async () => {
		const state = await open();
		expect(state.shownPlatforms.map((p) => p.id)).toEqual(['shahed-129']);
		expect(bandPlatforms(state)).toEqual(['shahed-129']);
		expect(state.unrangedPlatforms.map((p) => p.platformId)).toContain('shahed-191');
	});

	it('draws the linked platforms, dropping unknown ids', async () => {
		const state = await open('platforms=shahed-136,nope');
		expect(state.visiblePlatforms).toEqual(['shahed-136']);
		expect(bandPlatforms(state)).toEqual(['shahed-136']);
	});

	it('starts the bands at the launch place, a linked place or linked coordinates', async () => {
		expect((await open()).origin).toEqual({
			position: KASHAN_AIRFIELD,
			placeId: 'kashan-airfield'
		});
		expect((await open('origin=tehran')).originLabel).toBe('Tehran');
		expect((await open('origin=370.5,33.9')).origin.position).toEqual([10.5, 33.9]);
	});

	it('falls back to the launch place for an origin off the globe', async () => {
		expect((await open('origin=51,95')).origin.placeId).toBe('kashan-airfield');
	});
});

describe('ExploreState timeline', () => {
	it('dims the places whose every event is after the date, as the timeline counts them', async () => {
		const state = await open('date=2022-06-30');
		expect(state.placesNotYetInStory.sort()).toEqual(['jeddah', 'kyiv', 'tehran']);
		expect(state.urlState.date).toBe('2022-06-30');
	});

	it('dims nothing without a date, and nothing for a day that does not exist', async () => {
		expect((await open()).placesNotYetInStory).toEqual([]);
		const state = await open('date=2022-02-30');
		expect(state.timelineDate).toBeUndefined();
		expect(state.placesNotYetInStory).toEqual([]);
	});

	it('follows the cursor as it moves', async () => {
		const state = await open();
		state.timelineDate = '2022-07-15';
		expect(state.placesNotYetInStory).toEqual(['jeddah']);
	});
});

describe('ExploreState controls', () => {
	it('moves the bands on every frame of a drag but records only where it ends', async () => {
		const state = await open();
		state.moveOrigin({ position: [50, 30] }, true);
		expect(state.rangeBands.collection.features.length).toBeGreaterThan(0);
		expect(state.origin.position).toEqual([50, 30]);
		expect(state.urlState.origin).toBeUndefined();
		state.moveOrigin({ position: [50.12345, 30.98765] });
		expect(state.urlState.origin).toBe('50.123,30.988');
		expect(state.originLabel).toBe('30.988° N, 50.123° E');
	});

	it('keeps a dragged origin on the globe: longitude wrapped, latitude held off the poles', async () => {
		const state = await open();
		state.moveOrigin({ position: [190, 89] });
		expect(state.origin.position).toEqual([-170, 85]);
	});

	it('forgets the origin in the URL once it is back on the launch place', async () => {
		const state = await open('origin=tehran');
		expect(state.urlState.origin).toBe('tehran');
		state.setOriginPlace('kashan-airfield');
		expect(state.urlState.origin).toBeUndefined();
	});

	it('toggles platforms in briefing order and records a change from the defaults', async () => {
		const state = await open();
		state.togglePlatform('mohajer-6');
		state.togglePlatform('shahed-136');
		expect(state.visiblePlatforms).toEqual(['shahed-129', 'shahed-136', 'mohajer-6']);
		expect(state.urlState.platforms).toEqual(['shahed-129', 'shahed-136', 'mohajer-6']);
		state.togglePlatform('shahed-136');
		state.togglePlatform('mohajer-6');
		expect(state.urlState.platforms).toBeUndefined();
	});

	it('toggles layers in legend order and records a change from the defaults', async () => {
		const state = await open();
		state.toggleLayer('countries');
		expect(state.isLayerActive('countries')).toBe(false);
		expect(state.urlState.layers).toEqual(['places', 'ranges']);
		state.toggleLayer('countries');
		expect(state.activeLayers).toEqual(['places', 'countries', 'ranges']);
		expect(state.urlState.layers).toBeUndefined();
	});

	it('measures between two clicks, starts over on a third, and clears when turned off', async () => {
		const state = await open();
		state.setMeasuring(true);
		state.addMeasurePoint({ position: KASHAN_AIRFIELD, placeId: 'kashan-airfield' });
		expect(state.measurement).toBeUndefined();
		state.addMeasurePoint({ position: [51.389, 35.689] });
		expect(state.measurement?.distanceKm).toBeCloseTo(199.73, 1);
		state.addMeasurePoint({ position: [0, 0] });
		expect(state.measureTo).toBeUndefined();
		state.setMeasuring(false);
		expect(state.measureFrom).toBeUndefined();
	});

	it('records the selection in the URL', async () => {
		const state = await open();
		state.select('kyiv');
		expect(state.urlState.place).toBe('kyiv');
		state.select(undefined);
		expect(state.urlState.place).toBeUndefined();
	});
});

describe('ExploreState before the geodesic maths has loaded', () => {
	const openFirstView = (query = '') => {
		const initial = readExploreUrlState(new URLSearchParams(query));
		return new ExploreState(briefing, initial, firstViewDistances(briefing, initial.origin));
	};

	it("lists the reach from the server's distances and draws no band yet", () => {
		const state = openFirstView();
		expect(state.rangeBands.collection.features).toEqual([]);
		expect(state.unrangedPlatforms.map((p) => p.platformId)).toContain('shahed-191');
		expect(state.originDistances?.['tehran']).toBeCloseTo(200_089, -1);
	});

	it("uses the server's distances only for the origin they were measured from", () => {
		const state = openFirstView('origin=tehran');
		expect(state.originDistances?.['tehran']).toBe(0);
		expect(state.originDistances?.['kashan-airfield']).toBeCloseTo(200_089, -1);
		state.moveOrigin({ position: [50, 30] });
		expect(state.originDistances).toBeUndefined();
	});

	it('measures and draws the same once loaded as the server did', async () => {
		const state = openFirstView();
		const fromServer = state.originDistances;
		await state.loadGeometry();
		expect(state.originDistances).toEqual(fromServer);
		expect(state.rangeBands.collection.features.length).toBeGreaterThan(0);
	});
});
