import { describe, expect, it } from 'vitest';
import { openDeckChannel, type DeckMessage } from './deck-channel';

const nextTick = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('openDeckChannel', () => {
	it('delivers a scene change to the other window of the same briefing', async () => {
		const received: DeckMessage[] = [];
		const audience = openDeckChannel('brief-a', (m) => received.push(m));
		const presenter = openDeckChannel('brief-a', () => {});
		presenter.send({ type: 'scene', scene: 3 });
		await nextTick();
		expect(received).toMatchObject([{ type: 'scene', scene: 3 }]);
		audience.close();
		presenter.close();
	});

	it('keeps briefings apart and ignores malformed messages', async () => {
		const received: DeckMessage[] = [];
		const listener = openDeckChannel('brief-c', (m) => received.push(m));
		const other = openDeckChannel('brief-d', () => {});
		other.send({ type: 'scene', scene: 2 });
		const raw = new BroadcastChannel('briefmap-deck-brief-c');
		raw.postMessage({ type: 'scene', scene: 'x' });
		raw.postMessage({ type: 'black' });
		raw.postMessage('<script>');
		// A well-formed message sent after them arrives alone: the listener was listening.
		raw.postMessage({ type: 'hello' });
		await nextTick();
		expect(received).toEqual([{ type: 'hello' }]);
		listener.close();
		other.close();
		raw.close();
	});
});
