/**
 * The timeline and the map read one date: what the timeline counts as known by a date is what
 * the map draws at full strength, and a date that does not exist is dropped for both.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BRIEFING, waitForMap } from './map-helpers';

interface Bundle {
	places: { features: { id: string }[] };
	events: { date: string }[];
}

async function seed(page: Page): Promise<Bundle> {
	return (await page.request.get('/api/briefings/iran-drones-2022')).json();
}

/** Places the map draws faint, as "not yet in the story": the `later` feature state. */
async function dimmedPlaces(page: Page): Promise<string[]> {
	const ids = (await seed(page)).places.features.map((f) => f.id);
	return page.evaluate(
		(placeIds) =>
			placeIds.filter(
				(id) => window.__map!.getFeatureState({ source: 'briefing-places', id }).later === true
			),
		ids
	);
}

const timelineStatus = (page: Page) =>
	page.getByRole('region', { name: 'Timeline' }).getByRole('status');

test('a date in the link sets the timeline and dims the places not yet in the story', async ({
	page
}) => {
	const { events } = await seed(page);
	const known = events.filter((event) => event.date <= '2022-06-30').length;
	await page.goto(`${BRIEFING}?date=2022-06-30`);
	await waitForMap(page);
	await expect(timelineStatus(page)).toContainText(
		`Known by 30 June 2022: ${known} of ${events.length} events`
	);
	// Tehran, Kyiv and Jeddah enter the story in July; Moscow has no dated event.
	await expect.poll(() => dimmedPlaces(page)).toEqual(['tehran', 'kyiv', 'jeddah']);
});

test('a day that does not exist is dropped: the timeline and the map both show everything', async ({
	page
}) => {
	const { events } = await seed(page);
	await page.goto(`${BRIEFING}?date=2022-02-30`);
	await waitForMap(page);
	await expect(timelineStatus(page)).toContainText(`${events.length} of ${events.length} events`);
	await expect(page.getByRole('slider', { name: 'Timeline date' })).toHaveAttribute(
		'aria-valuetext',
		'19 July 2022'
	);
	// Give a wrong dimming time to appear: the map's feature states are set by an effect.
	await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
	expect(await dimmedPlaces(page)).toEqual([]);
});
