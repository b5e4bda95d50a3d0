import { describe, expect, it } from 'vitest';
import { Deck } from './deck.svelte';

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('Deck', () => {
	it('moves the other window when a key changes the scene', async () => {
		const audience = new Deck(7);
		const presenter = new Deck(7);
		const leave = [audience.connect('deck-a'), presenter.connect('deck-a')];
		await settle();
		presenter.press('PageDown');
		presenter.press('PageDown');
		await settle();
		expect(audience.scene).toBe(2);
		leave.forEach((close) => close());
	});

	it('brings a window opened late to the scene the other is on', async () => {
		const audience = new Deck(7, 4);
		const leaveAudience = audience.connect('deck-b');
		const presenter = new Deck(7);
		const leavePresenter = presenter.connect('deck-b');
		await settle();
		expect(presenter.scene).toBe(4);
		expect(audience.scene).toBe(4);
		leaveAudience();
		leavePresenter();
	});

	it('shares the black screen and its end', async () => {
		const audience = new Deck(7);
		const presenter = new Deck(7);
		const leave = [audience.connect('deck-c'), presenter.connect('deck-c')];
		await settle();
		presenter.press('b');
		await settle();
		expect(audience.state.blackedOut).toBe(true);
		audience.press('x');
		await settle();
		expect(presenter.state.blackedOut).toBe(false);
		leave.forEach((close) => close());
	});

	it('does not bounce quick changes back from the other window', async () => {
		const audience = new Deck(7);
		const presenter = new Deck(7);
		const leave = [audience.connect('deck-d'), presenter.connect('deck-d')];
		await settle();
		for (let i = 0; i < 5; i++) presenter.press('ArrowRight');
		await settle();
		expect(presenter.scene).toBe(5);
		expect(audience.scene).toBe(5);
		leave.forEach((close) => close());
	});

	it('starts the timer on the first scene change, and resets it', () => {
		const deck = new Deck(7);
		expect(deck.startedAt).toBeUndefined();
		deck.goTo(3);
		expect(deck.startedAt).toBeTypeOf('number');
		deck.resetTimer();
		expect(deck.startedAt).toBeUndefined();
	});

	it('returns the effect a key asks for and ignores keys it does not know', () => {
		const deck = new Deck(7);
		expect(deck.press('f')).toBe('toggle-fullscreen');
		expect(deck.press('Escape')).toBe('leave');
		expect(deck.press('q')).toBeUndefined();
		expect(deck.scene).toBe(0);
	});
});
