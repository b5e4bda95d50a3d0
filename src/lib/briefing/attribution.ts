/**
 * How the app words a reported claim: "US says Iranian officials showed …; Iran denies".
 * Every view that shows an event's title or a scene's caption goes through here, so no view
 * states as fact what another reports as someone's claim.
 */
import type { Attribution } from './types';

/** A text split so a view can set the claimant and the response apart from the claim. */
export interface AttributedParts {
	/** "US says ", or empty when the text is not a claim. */
	lead: string;
	/** The claim as the data words it, without its closing full stop. */
	body: string;
	/** "; Iran denies", "; UK confirms", or empty while the claim stands unanswered. */
	response: string;
	/** The closing full stop of the text, if it had one, kept after the response. */
	end: string;
}

const actors = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** "Iran denies", "Iran and Russia deny". */
function answer(who: readonly string[], singular: string, plural: string): string {
	return `${actors.format(who)} ${who.length === 1 ? singular : plural}`;
}

function responseOf(attribution: Attribution): string {
	if (attribution.status === 'denied' && attribution.deniedBy?.length) {
		return `; ${answer(attribution.deniedBy, 'denies', 'deny')}`;
	}
	if (attribution.status === 'confirmed' && attribution.confirmedBy?.length) {
		return `; ${answer(attribution.confirmedBy, 'confirms', 'confirm')}`;
	}
	return '';
}

/** The parts of `text` read as `attribution`'s claim; the text alone when it is no claim. */
export function attributedParts(text: string, attribution?: Attribution): AttributedParts {
	if (!attribution) return { lead: '', body: text, response: '', end: '' };
	const end = text.endsWith('.') ? '.' : '';
	return {
		lead: `${attribution.claimedBy} says `,
		body: end ? text.slice(0, -1) : text,
		response: responseOf(attribution),
		end
	};
}

/** The attributed text as one string, for plain-text outputs (API, exported images, labels). */
export function formatAttributed(text: string, attribution?: Attribution): string {
	const { lead, body, response, end } = attributedParts(text, attribution);
	return `${lead}${body}${response}${end}`;
}
