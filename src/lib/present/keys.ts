/**
 * Presentation keys, as presentation software uses them. Clickers send PageDown/PageUp (some
 * also send B or "." for a black screen), so those must always work. Pure: a key and the current
 * state in, the next state and any side effect out — the view applies the effect.
 */

export interface DeckState {
	/** Zero-based scene index. */
	scene: number;
	sceneCount: number;
	/** Digits typed so far for a "number then Enter" jump. */
	typed: string;
	blackedOut: boolean;
	helpVisible: boolean;
}

export type DeckEffect = 'none' | 'toggle-fullscreen' | 'leave';

export interface KeyResult {
	state: DeckState;
	effect: DeckEffect;
	/** False when the key means nothing here, so the browser may handle it. */
	handled: boolean;
}

const nextKeys = new Set(['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n', 'N', 'Enter']);
const previousKeys = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P', 'Backspace']);
const blackKeys = new Set(['b', 'B', '.']);

/** The keys, for the on-screen help. */
export const keyHelp: [keys: string, action: string][] = [
	['→ ↓ Space PageDown N', 'next scene'],
	['← ↑ PageUp P', 'previous scene'],
	['Home / End', 'first / last scene'],
	['number, then Enter', 'go to that scene'],
	['F', 'full screen'],
	['B or .', 'black screen (any key returns)'],
	['Esc', 'leave to the explore view'],
	['?', 'show or hide these keys']
];

function clamp(scene: number, count: number): number {
	return Math.max(0, Math.min(count - 1, scene));
}

function result(state: DeckState, effect: DeckEffect = 'none', handled = true): KeyResult {
	return { state, effect, handled };
}

/** Applies one key press to the deck. */
export function pressKey(current: DeckState, key: string): KeyResult {
	// A black screen hides everything; any key brings the scene back and does nothing else.
	if (current.blackedOut) return result({ ...current, blackedOut: false });

	const state = { ...current };
	if (/^[0-9]$/.test(key)) return result({ ...state, typed: (state.typed + key).slice(-3) });
	if (key === 'Enter' && state.typed) {
		const target = Number(state.typed) - 1;
		return result({ ...state, typed: '', scene: clamp(target, state.sceneCount) });
	}
	state.typed = '';
	if (key === '?') return result({ ...state, helpVisible: !state.helpVisible });
	if (key === 'Escape' && state.helpVisible) return result({ ...state, helpVisible: false });
	if (key === 'Escape') return result(state, 'leave');
	if (nextKeys.has(key))
		return result({ ...state, scene: clamp(state.scene + 1, state.sceneCount) });
	if (previousKeys.has(key))
		return result({ ...state, scene: clamp(state.scene - 1, state.sceneCount) });
	if (key === 'Home') return result({ ...state, scene: 0 });
	if (key === 'End') return result({ ...state, scene: state.sceneCount - 1 });
	if (key === 'f' || key === 'F') return result(state, 'toggle-fullscreen');
	if (blackKeys.has(key)) return result({ ...state, blackedOut: true });
	return result(current, 'none', false);
}
