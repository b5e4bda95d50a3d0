/**
 * Keeps the audience and presenter windows on the same scene through `BroadcastChannel`: both
 * windows are on one machine, so no server round trip. Either window can lead.
 */

export type DeckMessage =
	| { type: 'scene'; scene: number; sender: string }
	| { type: 'black'; blackedOut: boolean; sender: string }
	/** A window that just opened asks where the deck is. */
	| { type: 'hello'; sender: string };

export interface DeckChannel {
	send: (message: DistributiveOmit<DeckMessage, 'sender'>) => void;
	close: () => void;
}

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

function isDeckMessage(data: unknown): data is DeckMessage {
	if (typeof data !== 'object' || data === null) return false;
	const message = data as Record<string, unknown>;
	if (typeof message.sender !== 'string') return false;
	if (message.type === 'scene') return Number.isInteger(message.scene);
	if (message.type === 'black') return typeof message.blackedOut === 'boolean';
	return message.type === 'hello';
}

/**
 * Opens the channel of one briefing. Messages from this window are not echoed back; anything
 * that is not a well-formed deck message is ignored.
 */
export function openDeckChannel(
	briefingId: string,
	onmessage: (message: DeckMessage) => void,
	createChannel: (name: string) => BroadcastChannel = (name) => new BroadcastChannel(name)
): DeckChannel {
	const sender = Math.random().toString(36).slice(2);
	const channel = createChannel(`briefmap-deck-${briefingId}`);
	channel.onmessage = (event: MessageEvent) => {
		if (isDeckMessage(event.data) && event.data.sender !== sender) onmessage(event.data);
	};
	return {
		send: (message) => channel.postMessage({ ...message, sender }),
		close: () => channel.close()
	};
}
