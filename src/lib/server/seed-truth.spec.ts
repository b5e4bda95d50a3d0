/**
 * The seed briefing read against its article and sources: what the article reports as someone's
 * claim is worded as that claim, passages are cited by the events whose words they carry, and
 * the curation names every place the article speaks of.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { formatAttributed } from '../briefing/attribution';
import type { Briefing } from '../briefing/types';
import { loadCatalog } from './catalog';
import { REPO_GEODATA, SEED_ID } from './geodata-fixture';

let seed: Briefing;
beforeAll(async () => {
	const catalog = await loadCatalog(REPO_GEODATA);
	seed = catalog.briefings.get(SEED_ID)!;
});

const event = (id: string) => seed.events.find((e) => e.id === id)!;
const scene = (id: string) => seed.meta.scenes.find((s) => s.id === id)!;
const place = (id: string) => seed.places.features.find((f) => f.id === id)!;
const mentionsOf = (id: string) =>
	place(id).properties.mentions.map((m) => `${m.ref} ${m.text} (${m.sense})`);

describe('claims in the seed briefing', () => {
	it('titles the briefing as the US government’s claim, in Sullivan’s word', () => {
		expect(seed.meta.title).toMatch(/^US says /);
		expect(seed.meta.title).toContain('attack-capable');
	});

	it('attributes every event built on the administration’s account (p5) to the US', () => {
		const built = seed.events.filter((e) => e.refs.includes('p5.s1'));
		expect(built.map((e) => e.id)).toEqual(['first-showing', 'second-showing']);
		for (const e of built) expect(e.attribution).toEqual({ claimedBy: 'US', status: 'claimed' });
	});

	it('attributes the captions of the claim and of the showings to the US', () => {
		expect(scene('the-claim').attribution?.claimedBy).toBe('US');
		expect(scene('kashan-airfield').attribution?.claimedBy).toBe('US');
	});

	it('says Iran denies the supply, and not that it denies the visits', () => {
		expect(
			formatAttributed(event('sullivan-statement').title, event('sullivan-statement').attribution)
		).toBe(
			'US (Jake Sullivan) says Iran is preparing to give Russia up to several hundred drones, on an expedited timeline; Iran denies'
		);
		expect(event('first-showing').attribution?.deniedBy).toBeUndefined();
		expect(scene('the-claim').notes).not.toMatch(/Iran denies it/);
	});

	it('does not say the satellite images show the drones, only that the White House says so', () => {
		for (const platform of seed.platforms) {
			if (/images/.test(platform.description)) {
				expect(platform.description).toMatch(/White House says/);
			}
		}
	});

	it('words the roles of Russia, Moscow, Ukraine and Iran without the claim as fact', () => {
		for (const id of ['russia', 'moscow', 'ukraine', 'iran']) {
			const { role } = place(id).properties;
			expect(role).not.toMatch(/where the drones would be used|wants the drones for its war/);
			if (/drones/.test(role)) expect(role, id).toMatch(/the US government says/);
		}
	});
});

describe('references and wording of the seed briefing', () => {
	it('cites paragraph 4 ("several hundred", no "up to") for the 16 July statement, not the 11 July one', () => {
		const p4 = seed.article.paragraphs[3]!.text;
		expect(p4).toContain('several hundred');
		expect(p4).not.toContain('up to');
		expect(event('sullivan-statement').date).toBe('2022-07-11');
		expect(event('sullivan-statement').refs).not.toContain('p4.s1');
		expect(event('imagery-released').date).toBe('2022-07-16');
		expect(event('imagery-released').refs).toContain('p4.s1');
	});

	it('labels the map’s own arithmetic as such instead of stating a conclusion no source makes', () => {
		const texts = seed.meta.scenes.flatMap((s) => [s.caption, s.notes]);
		expect(texts.join(' ')).not.toMatch(/would have to be launched from elsewhere/);
		expect(scene('shahed-129-reach').notes).toMatch(/map’s own arithmetic, not a source’s/);
	});

	it('quotes Reuters on the Shahed-191’s range', () => {
		const shahed191 = seed.platforms.find((p) => p.id === 'shahed-191')!;
		expect(shahed191.noRangeNote?.text).toContain('Reuters');
		expect(shahed191.noRangeNote?.text).toContain('“did not say what range it had”');
	});

	it('words the August 2022 transfer in its own words, as a claim', () => {
		const texts = [
			...seed.platforms.flatMap((p) => p.claims.map((c) => c.text)),
			...seed.meta.scenes.map((s) => s.notes)
		].filter((text) => text.includes('Mohajer-6, Shahed-129 and Shahed-191'));
		expect(texts.length).toBeGreaterThan(0);
		for (const text of texts) {
			expect(text).not.toContain('US officials told CNN in August 2022 that Russia flew');
			expect(text).toMatch(/A claim, not a confirmed transfer/);
		}
	});
});

describe('places the curation names', () => {
	it('reads "an airfield in Iran" (p1) as Kashan Airfield', () => {
		expect(mentionsOf('kashan-airfield')).toContain('p1.s1 an airfield (place)');
	});

	it('reads "the administration", "The Biden administration" and "The United States" as the US government', () => {
		expect(mentionsOf('washington')).toEqual(
			expect.arrayContaining([
				'p4.s1 the administration (government)',
				'p5.s1 The Biden administration (government)',
				'p9.s1 The United States (government)'
			])
		);
	});

	it('maps the Middle East (p12, p14) as a region, with a source', () => {
		const region = place('middle-east');
		expect(region.properties.kind).toBe('region');
		expect(region.properties.sources.length).toBeGreaterThan(0);
		expect(mentionsOf('middle-east')).toEqual([
			'p12.s1 Middle East (place)',
			'p14.s1 Middle East (place)'
		]);
	});

	it('records why NATO (p9) is not mapped', () => {
		expect(seed.meta.unmappedNames).toEqual([
			expect.objectContaining({
				text: 'NATO',
				refs: ['p9.s1'],
				reason: expect.stringMatching(/not a place/)
			})
		]);
	});
});
