/**
 * Problems found in a briefing's files, and the JSON paths that locate them, in one format
 * shared by the server log, the API and `npm run geodata:check`.
 */
import type { BriefingProblem } from '../briefing/types';

/** A problem before it is tied to a briefing and a file. */
export interface Finding {
	/** JSON path such as `$.features[3].geometry.coordinates[1]`. */
	path: string;
	message: string;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Writes a JSON path the way JSONPath does (`$.features[3].id`, `$['odd key']`), so a path
 * from a report can be pasted into `jq` or an editor's JSON navigation.
 */
export function toJsonPath(keys: readonly (string | number)[]): string {
	let path = '$';
	for (const key of keys) {
		if (typeof key === 'number') path += `[${key}]`;
		else if (IDENTIFIER.test(key)) path += `.${key}`;
		else path += `[${JSON.stringify(key)}]`;
	}
	return path;
}

/** Ties findings to the briefing and file (relative to the geodata folder) they were found in. */
export function inFile(
	briefingId: string,
	file: string,
	findings: readonly Finding[]
): BriefingProblem[] {
	return findings.map(({ path, message }) => ({ briefingId, file, path, message }));
}

/** One line per problem, `file path: message`, like a compiler, so editors can jump to it. */
export function formatProblem(problem: BriefingProblem): string {
	return `${problem.file} ${problem.path}: ${problem.message}`;
}

/** Quotes a value from a file for a message, cut short so a hostile value cannot flood a report. */
export function quote(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
