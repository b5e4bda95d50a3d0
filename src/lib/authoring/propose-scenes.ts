/**
 * Scenes for a presentation, proposed from what the editor accepted: one scene per accepted
 * place and per accepted event, in the order the article first speaks of them. The editor then
 * edits, reorders or removes them.
 */
import type { Scene } from '../briefing/types';
import type { DraftDocument } from './draft';
import { slugFrom, uniqueId } from './slug';

interface Proposal {
	/** Where the article first speaks of it; events without a found date go last. */
	order: number;
	scene: Omit<Scene, 'id'>;
	base: string;
}

export function proposeScenes(draft: DraftDocument): Scene[] {
	const accepted = draft.places.filter((place) => place.status === 'accepted');
	const acceptedIds = new Set(accepted.map((place) => place.feature.id));
	const firstMention = new Map<string, number>();
	for (const mention of draft.mentions) {
		if (mention.status !== 'accepted' || firstMention.has(mention.placeId)) continue;
		firstMention.set(mention.placeId, mention.start);
	}

	const proposals: Proposal[] = accepted.map(({ feature }) => ({
		order: firstMention.get(feature.id) ?? Number.MAX_SAFE_INTEGER,
		base: slugFrom(feature.properties.name, 'place'),
		scene: {
			title: feature.properties.name,
			caption: feature.properties.role || feature.properties.name,
			fitPlaces: [feature.id],
			layers: ['places', 'countries'],
			highlightPlaces: [feature.id],
			notes: ''
		}
	}));
	for (const { event, found, status } of draft.events) {
		if (status !== 'accepted') continue;
		const placeIds = event.placeIds.filter((id) => acceptedIds.has(id));
		proposals.push({
			order: found?.start ?? Number.MAX_SAFE_INTEGER,
			base: slugFrom(`${event.date} ${event.title}`.slice(0, 60), 'event'),
			scene: {
				title: event.title,
				caption: event.title,
				...(placeIds.length > 0 ? { fitPlaces: placeIds } : { camera: draft.meta.defaultView }),
				layers: ['places', 'countries'],
				highlightPlaces: placeIds,
				date: event.date,
				notes: ''
			}
		});
	}

	proposals.sort((a, b) => a.order - b.order);
	const ids = new Set<string>();
	return proposals.map(({ base, scene }) => {
		const id = uniqueId(base, (candidate) => ids.has(candidate));
		ids.add(id);
		return { id, ...scene };
	});
}
