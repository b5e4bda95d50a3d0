import { describe, expect, it } from 'vitest';
import { eventsKnownBy, placesNotYetInStory } from './known-by';

describe('eventsKnownBy', () => {
	const events = [
		{ id: 'b', date: '2022-07-15' },
		{ id: 'a', date: '2022-07-05' },
		{ id: 'c', date: '2022-07-16' }
	];
	it('counts an event on the selected day as known', () => {
		expect(eventsKnownBy(events, '2022-07-15').map((e) => e.id)).toEqual(['b', 'a']);
	});
	it('leaves out an event one day after the selected date', () => {
		expect(eventsKnownBy(events, '2022-07-14').map((e) => e.id)).toEqual(['a']);
	});
	it('knows nothing before the first event and everything from the last', () => {
		expect(eventsKnownBy(events, '2022-07-04')).toEqual([]);
		expect(eventsKnownBy(events, '2022-07-16')).toHaveLength(3);
	});
	it('refuses a day that does not exist rather than ordering it as text', () => {
		expect(() => eventsKnownBy(events, '2022-02-30')).toThrow(RangeError);
	});
});

describe('placesNotYetInStory', () => {
	const places = [{ id: 'kashan' }, { id: 'tehran' }, { id: 'iran' }];
	const events = [
		{ date: '2022-06-08', placeIds: ['kashan'] },
		{ date: '2022-07-05', placeIds: ['kashan'] },
		{ date: '2022-07-19', placeIds: ['tehran'] }
	];
	it('lists places whose every event is after the date', () => {
		expect(placesNotYetInStory(places, events, '2022-06-07')).toEqual(['kashan', 'tehran']);
	});
	it('keeps a place once its first event has happened, on that very day', () => {
		expect(placesNotYetInStory(places, events, '2022-06-08')).toEqual(['tehran']);
	});
	it('never dims a place without events', () => {
		expect(placesNotYetInStory(places, events, '2000-01-01')).not.toContain('iran');
	});
});
