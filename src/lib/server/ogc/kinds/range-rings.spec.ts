/**
 * The API's range rings against the explore map's first view of the seed briefing: the same
 * platforms' bands around the same launch place, feature for feature.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ExploreState } from '../../../state/explore-state.svelte';
import type { Briefing } from '../../../briefing/types';
import { loadCatalog } from '../../catalog';
import { rangeRingsKind } from './range-rings';

const geodata = fileURLToPath(new URL('../../../../../geodata', import.meta.url));

let briefing: Briefing;
beforeAll(async () => {
	const catalog = await loadCatalog(geodata);
	briefing = catalog.briefings.get('iran-drones-2022')!;
});

describe('the range-rings collection', () => {
	it('holds exactly the bands the explore map opens with', async () => {
		const map = new ExploreState(briefing, {});
		await map.loadGeometry();
		const onMap = map.rangeBands.collection.features.map((f) => String(f.id).replaceAll('/', '.'));
		const served = rangeRingsKind.buildFeatures(briefing).map((f) => f.id);
		expect(onMap.length).toBeGreaterThan(0);
		expect(served).toEqual(onMap);
	});

	it('leaves out the context platforms, which the map draws only on request', () => {
		const platformIds = new Set(
			rangeRingsKind.buildFeatures(briefing).map((f) => f.properties?.platformId)
		);
		const context = briefing.platforms.filter((p) => p.status === 'context' && p.ranges.length);
		expect(context.length).toBeGreaterThan(0);
		for (const platform of context) expect(platformIds).not.toContain(platform.id);
	});
});
