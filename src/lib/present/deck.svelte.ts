/**
 * One deck, as either window sees it: the scene, the black screen, the help, and the link to the
 * other window. Local actions (keys, buttons) are sent to the other window; what arrives from it
 * is applied without being sent back, so two windows can never bounce a scene between them.
 */
import { openDeckChannel, type DeckChannel, type DeckMessage } from './deck-channel';
import { pressKey, type DeckEffect, type DeckState } from './keys';

export class Deck {
	state = $state<DeckState>({
		scene: 0,
		sceneCount: 1,
		typed: '',
		blackedOut: false,
		helpVisible: false
	});
	/** `performance.now()` of the first scene change, for the presenter's timer. */
	startedAt = $state<number | undefined>();
	#channel: DeckChannel | undefined;

	constructor(sceneCount: number, scene = 0) {
		this.state = { ...this.state, sceneCount, scene: Math.max(0, Math.min(sceneCount - 1, scene)) };
	}

	get scene(): number {
		return this.state.scene;
	}

	/** Applies a key; returns the effect the page must carry out, or undefined for a key the deck ignores. */
	press(key: string): DeckEffect | undefined {
		const before = this.state;
		const { state, effect, handled } = pressKey(before, key);
		if (!handled) return undefined;
		this.#apply(state, true);
		return effect;
	}

	/** Jumps to a zero-based scene (buttons, the scene list). */
	goTo(scene: number) {
		const clamped = Math.max(0, Math.min(this.state.sceneCount - 1, scene));
		this.#apply({ ...this.state, scene: clamped, typed: '' }, true);
	}

	setBlack(blackedOut: boolean) {
		this.#apply({ ...this.state, blackedOut }, true);
	}

	resetTimer() {
		this.startedAt = undefined;
	}

	/**
	 * Joins the briefing's channel and asks the other window where it is, so a window opened late
	 * catches up. Returns the function that leaves the channel.
	 */
	connect(briefingId: string, createChannel?: (name: string) => BroadcastChannel): () => void {
		this.#channel = openDeckChannel(briefingId, (message) => this.#receive(message), createChannel);
		this.#channel.send({ type: 'hello' });
		return () => {
			this.#channel?.close();
			this.#channel = undefined;
		};
	}

	#receive(message: DeckMessage) {
		if (message.type === 'hello') {
			this.#channel?.send({ type: 'scene', scene: this.state.scene });
			this.#channel?.send({ type: 'black', blackedOut: this.state.blackedOut });
		} else if (message.type === 'scene') {
			const scene = Math.max(0, Math.min(this.state.sceneCount - 1, message.scene));
			this.#apply({ ...this.state, scene, typed: '' }, false);
		} else {
			this.#apply({ ...this.state, blackedOut: message.blackedOut }, false);
		}
	}

	#apply(next: DeckState, local: boolean) {
		const before = this.state;
		this.state = next;
		if (next.scene !== before.scene) this.startedAt ??= performance.now();
		if (!local) return;
		if (next.scene !== before.scene) this.#channel?.send({ type: 'scene', scene: next.scene });
		if (next.blackedOut !== before.blackedOut) {
			this.#channel?.send({ type: 'black', blackedOut: next.blackedOut });
		}
	}
}
