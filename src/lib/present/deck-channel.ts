/**
 * Keeps the audience and presenter windows on the same scene through `BroadcastChannel`: both
 * windows are on one machine, so no server round trip. Either window can lead.
 *
 * A window never hears its own messages: a `BroadcastChannel` object does not receive what it
 * posts (HTML Standard, "broadcasting to other browsing contexts"), so nothing here filters them.
 */

export type DeckMessage =
	| { type: 'scene'; scene: number }
	| { type: 'black'; blackedOut: boolean }
	/** A window that just opened asks where the deck is. */
	| { type: 'hello' };

export interface DeckChannel {
	send: (message: DeckMessage) => void;
	close: () => void;
}

function isDeckMessage(data: unknown): data is DeckMessage {
	if (typeof data !== 'object' || data === null) return false;
	const message = data as Record<string, unknown>;
	if (message.type === 'scene') return Number.isInteger(message.scene);
	if (message.type === 'black') return typeof message.blackedOut === 'boolean';
	return message.type === 'hello';
}

/**
 * Opens the channel of one briefing. Anything that is not a well-formed deck message is
 * ignored: any page of the same origin can post on the channel.
 */
export function openDeckChannel(
	briefingId: string,
	onmessage: (message: DeckMessage) => void,
	createChannel: (name: string) => BroadcastChannel = (name) => new BroadcastChannel(name)
): DeckChannel {
	const channel = createChannel(`briefmap-deck-${briefingId}`);
	channel.onmessage = (event: MessageEvent) => {
		if (isDeckMessage(event.data)) onmessage(event.data);
	};
	return {
		send: (message) => channel.postMessage(message),
		close: () => channel.close()
	};
}
