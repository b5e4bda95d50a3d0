/**
 * Loads one briefing folder: reads its five files, checks each against its schema and RFC 7946,
 * then checks the files against each other. A briefing with any problem is returned without
 * data, so nothing is ever served half-loaded.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as v from 'valibot';
import { parseArticle } from '../briefing/article';
import {
	BriefingMetaSchema,
	EventsSchema,
	PlaceCollectionSchema,
	PlatformsSchema
} from '../briefing/schemas';
import { ID_RULE, isId } from '../briefing/ids';
import type { Article, Briefing, BriefingProblem } from '../briefing/types';
import { BRIEFING_FILES, briefingFilePath, type BriefingFileKey } from './briefing-files';
import { checkCrossReferences, type BriefingParts } from './cross-references';
import { readJsonText } from './json-text';
import { inFile, quote, type Finding } from './problems';
import { issuesToFindings } from './schema-issues';
import { validateGeoJson } from './validate-geojson';

/** The bytes of a file that was read, for the catalog's version hash. */
export interface FileRead {
	/** Relative to the geodata folder. */
	file: string;
	bytes: Uint8Array;
}

export type BriefingLoad =
	| { ok: true; briefing: Briefing; files: FileRead[] }
	| { ok: false; problems: BriefingProblem[]; files: FileRead[] };

const JSON_SCHEMAS = {
	meta: BriefingMetaSchema,
	places: PlaceCollectionSchema,
	platforms: PlatformsSchema,
	events: EventsSchema
} satisfies Partial<Record<BriefingFileKey, v.GenericSchema>>;

type JsonKey = keyof typeof JSON_SCHEMAS;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads and validates `briefings/<id>/` under `geodataDir`. Never throws for bad data: every
 * problem comes back with its file, JSON path and a message (missing files included).
 * `folder` reads the same files from elsewhere (a draft) under the same rules; problems still
 * name them as `briefings/<id>/…`.
 */
export async function loadBriefing(
	geodataDir: string,
	id: string,
	folder?: string
): Promise<BriefingLoad> {
	const files: FileRead[] = [];
	if (!isId(id)) {
		const problem: BriefingProblem = {
			briefingId: id,
			file: `briefings/${id}`,
			path: '$',
			message: `folder name ${quote(id)} is not a valid briefing id: use ${ID_RULE}`
		};
		return { ok: false, problems: [problem], files };
	}

	const problems: BriefingProblem[] = [];
	const report = (key: BriefingFileKey, findings: readonly Finding[]) =>
		problems.push(...inFile(id, briefingFilePath(id, key), findings));

	const keys = Object.keys(BRIEFING_FILES) as BriefingFileKey[];
	const reads = await Promise.all(
		keys.map((key) =>
			readText(
				folder ? join(folder, BRIEFING_FILES[key]) : join(geodataDir, briefingFilePath(id, key))
			)
		)
	);
	const text: Partial<Record<BriefingFileKey, string>> = {};
	reads.forEach((result, i) => {
		const key = keys[i] as BriefingFileKey;
		if ('bytes' in result) files.push({ file: briefingFilePath(id, key), bytes: result.bytes });
		if ('problem' in result) report(key, [{ path: '$', message: result.problem }]);
		else text[key] = result.text;
	});

	const parsed: Partial<Record<JsonKey, unknown>> = {};
	for (const key of Object.keys(JSON_SCHEMAS) as JsonKey[]) {
		const source = text[key];
		if (source === undefined) continue;
		const json = readJsonText(source);
		if (!json.ok) {
			report(key, [json.error]);
			continue;
		}
		report(key, json.duplicateKeys);
		if (key === 'places') report(key, validateGeoJson(json.value));
		const result = v.safeParse(JSON_SCHEMAS[key], json.value);
		if (result.success) parsed[key] = result.output;
		else report(key, issuesToFindings(result.issues));
	}

	let article: Article | undefined;
	if (text.article !== undefined) {
		article = parseArticle(text.article);
		if (article.paragraphs.length === 0) {
			report('article', [{ path: '$', message: 'the article has no paragraphs' }]);
		}
	}

	if (problems.length > 0 || !article) return { ok: false, problems, files };

	const parts = { ...parsed, article } as BriefingParts;
	for (const finding of checkCrossReferences(id, parts)) {
		const { file, ...rest } = finding;
		report(file, [rest]);
	}
	if (problems.length > 0) return { ok: false, problems, files };

	const briefing: Briefing = {
		id,
		meta: parts.meta,
		article: parts.article,
		places: parts.places,
		platforms: parts.platforms,
		events: parts.events
	};
	return { ok: true, briefing, files };
}

type TextRead =
	| { text: string; bytes: Uint8Array }
	| { bytes: Uint8Array; problem: string }
	| { problem: string };

async function readText(path: string): Promise<TextRead> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return { problem: 'the file is missing' };
		if (code === 'EISDIR') return { problem: 'expected a file but found a folder' };
		return { problem: `the file cannot be read (${code ?? 'unknown error'})` };
	}
	try {
		return { text: utf8.decode(bytes), bytes };
	} catch {
		return { bytes, problem: 'the file is not valid UTF-8 text' };
	}
}
