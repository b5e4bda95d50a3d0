import { describe, expect, it } from 'vitest';
import { attributedParts, formatAttributed } from './attribution';

describe('formatAttributed', () => {
	it('leaves a text that is no claim as it is', () => {
		expect(formatAttributed('Russia begins its full-scale invasion of Ukraine')).toBe(
			'Russia begins its full-scale invasion of Ukraine'
		);
	});

	it('says who claims it', () => {
		expect(
			formatAttributed('Iranian officials showed the drones to Russian officials', {
				claimedBy: 'US',
				status: 'claimed'
			})
		).toBe('US says Iranian officials showed the drones to Russian officials');
	});

	it('adds who denies it, keeping the full stop at the end', () => {
		expect(
			formatAttributed('Iran is preparing to give Russia drones.', {
				claimedBy: 'US',
				status: 'denied',
				deniedBy: ['Iran']
			})
		).toBe('US says Iran is preparing to give Russia drones; Iran denies.');
	});

	it('names several who confirm it', () => {
		expect(
			formatAttributed('Drones were delivered', {
				claimedBy: 'Ukraine',
				status: 'confirmed',
				confirmedBy: ['UK', 'US', 'France']
			})
		).toBe('Ukraine says Drones were delivered; UK, US, and France confirm');
	});
});

describe('attributedParts', () => {
	it('splits the claimant and the response from the claim so a view can set them apart', () => {
		expect(
			attributedParts('X happened.', { claimedBy: 'US', status: 'denied', deniedBy: ['Iran'] })
		).toEqual({ lead: 'US says ', body: 'X happened', response: '; Iran denies', end: '.' });
	});
});
