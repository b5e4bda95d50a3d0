/**
 * Checks that a briefing's files agree with each other: every id one file uses exists in the
 * file that defines it, every reference into the article names words that are there, and every
 * distance the text states between two places agrees with their coordinates.
 * Runs only once each file is valid on its own, so it can rely on the typed shapes.
 */
import { resolveRef } from '../briefing/article';
import { findWords } from '../briefing/word-locator';
import { checkBriefingDistances } from '../briefing/stated-distances';
import type {
	Article,
	BriefingEvent,
	BriefingMeta,
	PlaceCollection,
	Platform
} from '../briefing/types';
import type { BriefingFileKey } from './briefing-files';
import { quote, toJsonPath, type Finding } from './problems';

/** The files of one briefing, each already valid on its own. */
export interface BriefingParts {
	meta: BriefingMeta;
	article: Article;
	places: PlaceCollection;
	platforms: Platform[];
	events: BriefingEvent[];
}

export type FileFinding = Finding & { file: BriefingFileKey };

/**
 * Every broken link between the files of the briefing in folder `folderId`, with the file and
 * JSON path of the side that holds the reference.
 */
export function checkCrossReferences(folderId: string, parts: BriefingParts): FileFinding[] {
	const placeIds = new Set(parts.places.features.map((feature) => feature.id));
	const platformIds = new Set(parts.platforms.map((platform) => platform.id));
	const findings: FileFinding[] = [];
	const add = (file: BriefingFileKey, keys: (string | number)[], message: string) =>
		findings.push({ file, path: toJsonPath(keys), message });

	const unknownPlace = (id: string) =>
		`unknown place id ${quote(id)}: places.geojson has no feature with this id`;

	const { meta } = parts;
	if (meta.id !== folderId) {
		add('meta', ['id'], `id ${quote(meta.id)} does not match the folder name ${quote(folderId)}`);
	}
	if (meta.defaultLaunchPlace !== undefined) {
		const launch = parts.places.features.find((feature) => feature.id === meta.defaultLaunchPlace);
		if (!launch) add('meta', ['defaultLaunchPlace'], unknownPlace(meta.defaultLaunchPlace));
		else if (launch.geometry.type !== 'Point') {
			add(
				'meta',
				['defaultLaunchPlace'],
				`launch place ${quote(launch.id)} must be a Point, not a ${launch.geometry.type}`
			);
		}
	}
	duplicateIds(meta.scenes, ['scenes']).forEach((f) => findings.push({ file: 'meta', ...f }));
	meta.scenes.forEach((scene, s) => {
		for (const field of ['fitPlaces', 'highlightPlaces'] as const) {
			(scene[field] ?? []).forEach((id, k) => {
				if (!placeIds.has(id)) add('meta', ['scenes', s, field, k], unknownPlace(id));
			});
		}
		(scene.platforms ?? []).forEach((id, k) => {
			if (!platformIds.has(id)) {
				add(
					'meta',
					['scenes', s, 'platforms', k],
					`unknown platform id ${quote(id)}: platforms.json has no platform with this id`
				);
			}
		});
	});

	(meta.unmappedNames ?? []).forEach((name, n) => {
		name.refs.forEach((ref, k) => {
			const target = resolveRef(parts.article, ref);
			if (!target) add('meta', ['unmappedNames', n, 'refs', k], missingRef(parts.article, ref));
			else if (!target.text.includes(name.text)) {
				add(
					'meta',
					['unmappedNames', n, 'refs', k],
					`${quote(name.text)} does not occur in ${ref}`
				);
			}
		});
	});

	parts.places.features.forEach((feature, i) => {
		feature.properties.mentions.forEach((mention, j) => {
			const base = ['features', i, 'properties', 'mentions', j];
			const target = resolveRef(parts.article, mention.ref);
			if (!target) add('places', [...base, 'ref'], missingRef(parts.article, mention.ref));
			else if (findWords(target.text, mention.text) === undefined) {
				add(
					'places',
					[...base, 'text'],
					`${quote(mention.text)} does not occur in ${mention.ref} as whole words`
				);
			}
		});
	});

	duplicateIds(parts.platforms, []).forEach((f) => findings.push({ file: 'platforms', ...f }));

	duplicateIds(parts.events, []).forEach((f) => findings.push({ file: 'events', ...f }));
	parts.events.forEach((event, e) => {
		event.placeIds.forEach((id, k) => {
			if (!placeIds.has(id)) add('events', [e, 'placeIds', k], unknownPlace(id));
		});
		event.refs.forEach((ref, k) => {
			if (!resolveRef(parts.article, ref))
				add('events', [e, 'refs', k], missingRef(parts.article, ref));
		});
	});

	for (const mismatch of checkBriefingDistances(meta, parts.places.features, parts.events)) {
		add(mismatch.file, mismatch.keys, mismatch.message);
	}

	return findings;
}

/** Says what the article does have, so a wrong reference is quick to correct. */
function missingRef(article: Article, ref: string): string {
	const count = article.paragraphs.length;
	const paragraphId = ref.split('.')[0] ?? ref;
	const paragraph = article.paragraphs.find((p) => p.id === paragraphId);
	if (!paragraph) {
		return `${ref} is not in the article: it has ${count === 1 ? 'only p1' : `paragraphs p1–p${count}`}`;
	}
	const sentences = paragraph.sentences.length;
	return `${ref} is not in the article: ${paragraph.id} has ${sentences} sentence${sentences === 1 ? '' : 's'}`;
}

function duplicateIds(items: readonly { id: string }[], base: (string | number)[]): Finding[] {
	const firstUse = new Map<string, string>();
	const findings: Finding[] = [];
	items.forEach((item, i) => {
		const path = toJsonPath([...base, i, 'id']);
		const earlier = firstUse.get(item.id);
		if (earlier)
			findings.push({
				path,
				message: `duplicate id ${quote(item.id)}: already used at ${earlier}`
			});
		else firstUse.set(item.id, path);
	});
	return findings;
}
