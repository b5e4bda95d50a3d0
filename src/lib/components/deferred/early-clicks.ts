/**
 * Clicks that land on server-rendered controls before their code has loaded. Such a control is
 * only HTML: its click would do nothing, or, for a checkbox, change what the page's state does
 * not know. The click is held back (its default and its propagation stopped) and the control is
 * clicked again once the code is there, so the reader's first click is never lost.
 */

/** Controls whose click does something the component handles. Links and summaries work without it. */
const HELD = 'button, input, label, select';

export interface EarlyClicks {
	/** Clicks the held controls again, in order, and stops holding. */
	replay(): void;
	/** Stops holding without replaying (the part was removed). */
	release(): void;
}

export function holdEarlyClicks(host: HTMLElement): EarlyClicks {
	const held: HTMLElement[] = [];
	const hold = (event: MouseEvent) => {
		const control = (event.target as Element | null)?.closest?.<HTMLElement>(HELD);
		if (!control || !host.contains(control)) return;
		event.preventDefault();
		event.stopPropagation();
		// A click on a label also clicks its control: one replay of the label does both again.
		if (!held.includes(control) && !held.some((label) => label.contains(control)))
			held.push(control);
	};
	host.addEventListener('click', hold, true);
	const release = () => host.removeEventListener('click', hold, true);
	return {
		replay() {
			release();
			for (const control of held.splice(0)) control.click();
		},
		release
	};
}
