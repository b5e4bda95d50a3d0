/**
 * What was part of the story by a date: the rule the timeline and the map share, so the events
 * the timeline marks as known and the places the map draws at full strength always agree.
 */
import { dayNumber } from './dates';

/**
 * The events that had happened by `date`, in their given order. An event on that very day
 * counts as known: a scene dated to the day of an event shows it.
 */
export function eventsKnownBy<E extends { date: string }>(events: readonly E[], date: string): E[] {
	const cursor = dayNumber(date);
	return events.filter((event) => dayNumber(event.date) <= cursor);
}

/**
 * The ids of places not yet in the story by `date`: every event at the place lies after it.
 * Places without events are part of the story throughout (the article names them).
 */
export function placesNotYetInStory(
	places: readonly { id: string }[],
	events: readonly { date: string; placeIds: readonly string[] }[],
	date: string
): string[] {
	const known = eventsKnownBy(events, date);
	return places
		.filter(
			(place) =>
				events.some((event) => event.placeIds.includes(place.id)) &&
				!known.some((event) => event.placeIds.includes(place.id))
		)
		.map((place) => place.id);
}
