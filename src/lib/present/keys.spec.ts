import { describe, expect, it } from 'vitest';
import { pressKey, type DeckState } from './keys';

const deck = (scene = 0, extra: Partial<DeckState> = {}): DeckState => ({
	scene,
	sceneCount: 5,
	typed: '',
	blackedOut: false,
	helpVisible: false,
	...extra
});

const press = (state: DeckState, ...keys: string[]) =>
	keys.reduce((s, key) => pressKey(s, key).state, state);

describe('pressKey', () => {
	it.each(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N'])(
		'%s goes to the next scene',
		(key) => {
			expect(pressKey(deck(1), key).state.scene).toBe(2);
		}
	);

	it.each(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'])('%s goes to the previous scene', (key) => {
		expect(pressKey(deck(3), key).state.scene).toBe(2);
	});

	it('stops at the first and last scene', () => {
		expect(pressKey(deck(0), 'PageUp').state.scene).toBe(0);
		expect(pressKey(deck(4), 'PageDown').state.scene).toBe(4);
	});

	it('Home and End go to the ends', () => {
		expect(pressKey(deck(2), 'End').state.scene).toBe(4);
		expect(pressKey(deck(2), 'Home').state.scene).toBe(0);
	});

	it('a number then Enter jumps to that scene (one-based)', () => {
		expect(press(deck(0), '4', 'Enter').scene).toBe(3);
	});

	it('a number past the end jumps to the last scene', () => {
		expect(press(deck(0), '9', '9', 'Enter').scene).toBe(4);
	});

	it('Enter without a number advances', () => {
		expect(press(deck(1), 'Enter').scene).toBe(2);
	});

	it('B and . black the screen, and any key only restores it', () => {
		const black = press(deck(2), 'b');
		expect(black.blackedOut).toBe(true);
		expect(press(deck(2), '.').blackedOut).toBe(true);
		const restored = pressKey(black, 'PageDown').state;
		expect(restored).toMatchObject({ blackedOut: false, scene: 2 });
	});

	it('F asks for full screen', () => {
		expect(pressKey(deck(), 'f').effect).toBe('toggle-fullscreen');
	});

	it('Esc leaves, unless it closes the help first', () => {
		expect(pressKey(deck(), 'Escape').effect).toBe('leave');
		const help = press(deck(), '?');
		expect(help.helpVisible).toBe(true);
		const closed = pressKey(help, 'Escape');
		expect(closed.effect).toBe('none');
		expect(closed.state.helpVisible).toBe(false);
	});

	it('leaves other keys to the browser', () => {
		expect(pressKey(deck(), 'Tab').handled).toBe(false);
	});
});
