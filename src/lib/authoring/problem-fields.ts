/**
 * Where a validation problem belongs in the editor. Problems name a file and a JSON path of the
 * published form (`places.geojson $.features[2].properties.role`); the editor shows each beside
 * the field it names, so the path is turned into a field key of the draft
 * (`place:<id>:role`, `event:<id>:date`, `scene:<n>:caption`, `platform:<n>:ranges`, `meta:title`).
 */
import type { BriefingProblem } from '../briefing/types';
import type { DraftDocument } from './draft';

/** The keys a path starts with: `$.features[2].properties.role` → `['features', 2, 'properties', 'role']`. */
export function pathKeys(path: string): Array<string | number> {
	const keys: Array<string | number> = [];
	for (const match of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
		if (match[1] !== undefined) keys.push(match[1]);
		else if (match[2] !== undefined) keys.push(Number(match[2]));
		else keys.push(JSON.parse(`"${match[3]}"`) as string);
	}
	return keys;
}

function fileName(problem: BriefingProblem): string {
	return problem.file.split('/').pop() ?? problem.file;
}

export function fieldKeyOf(problem: BriefingProblem, draft: DraftDocument): string {
	const keys = pathKeys(problem.path);
	switch (fileName(problem)) {
		case 'places.geojson': {
			const [features, index, section, property] = keys;
			const accepted = draft.places.filter((place) => place.status === 'accepted');
			const place =
				features === 'features' && typeof index === 'number' ? accepted[index] : undefined;
			if (!place) return 'places';
			const field =
				section === 'properties' && typeof property === 'string' ? property : 'geometry';
			return `place:${place.feature.id}:${field}`;
		}
		case 'events.json': {
			const [index, property] = keys;
			const accepted = draft.events.filter((event) => event.status === 'accepted');
			const event = typeof index === 'number' ? accepted[index] : undefined;
			return event
				? `event:${event.event.id}:${typeof property === 'string' ? property : 'event'}`
				: 'events';
		}
		case 'platforms.json': {
			const [index, property] = keys;
			return typeof index === 'number'
				? `platform:${index}:${typeof property === 'string' ? property : 'platform'}`
				: 'platforms';
		}
		case 'briefing.json': {
			const [property, index, sceneProperty] = keys;
			if (property === 'scenes' && typeof index === 'number') {
				return `scene:${index}:${typeof sceneProperty === 'string' ? sceneProperty : 'scene'}`;
			}
			return `meta:${typeof property === 'string' ? property : 'meta'}`;
		}
		case 'article.md':
			return 'meta:article';
		default:
			return 'general';
	}
}

/** Problems grouped by field key. */
export function problemsByField(
	problems: readonly BriefingProblem[],
	draft: DraftDocument
): Map<string, BriefingProblem[]> {
	const grouped = new Map<string, BriefingProblem[]>();
	for (const problem of problems) {
		const key = fieldKeyOf(problem, draft);
		grouped.set(key, [...(grouped.get(key) ?? []), problem]);
	}
	return grouped;
}
