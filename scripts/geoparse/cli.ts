/**
 * `npm run --silent geoparse -- [FILE] [--date YYYY-MM-DD]`: geoparses plain text (FILE or
 * standard input) and prints one JSON object: `{ places, dates, attribution }`.
 *
 * `npm run --silent geoparse -- --jsonl [FILE]`: reads JSON Lines `{"id", "text", "date"?}` and
 * writes one line `{"id", "places", "dates"}` per input line, in order; a bad line gets
 * `{"id", "error"}` and the rest go on.
 */
import { readFileSync } from 'node:fs';
import { geoparse } from '../../src/lib/geoparse';
import { referenceDate } from '../../src/lib/geoparse/dates';
import { loadGazetteer } from '../../src/lib/server/gazetteer';

function usage(message: string): never {
	console.error(`geoparse: ${message}`);
	console.error('usage: npm run --silent geoparse -- [FILE] [--date YYYY-MM-DD] | --jsonl [FILE]');
	process.exit(2);
}

const args = process.argv.slice(2);
let date: string | undefined;
let jsonl = false;
let file: string | undefined;
for (let i = 0; i < args.length; i++) {
	const a = args[i];
	if (a === '--jsonl') jsonl = true;
	else if (a === '--date') {
		date = args[++i];
		if (!date || !referenceDate(date))
			usage(`--date needs a calendar date as YYYY-MM-DD, got ${date ?? 'nothing'}`);
	} else if (a?.startsWith('--')) usage(`unknown option ${a}`);
	else if (file) usage(`one FILE at most (got ${file} and ${a})`);
	else file = a;
}

let input: string;
try {
	input = readFileSync(file ?? 0, 'utf8');
} catch (error) {
	usage(
		`cannot read ${file ?? 'standard input'}: ${error instanceof Error ? error.message : String(error)}`
	);
}

const gazetteer = await loadGazetteer();

if (!jsonl) {
	process.stdout.write(`${JSON.stringify(geoparse(input, gazetteer, { date }))}\n`);
} else {
	const lines = input.split('\n');
	if (lines.at(-1) === '') lines.pop();
	lines.forEach((line, index) => {
		const where = `line ${index + 1}`;
		let id: unknown = null;
		try {
			const value: unknown = JSON.parse(line);
			if (typeof value !== 'object' || value === null || Array.isArray(value)) {
				throw new Error(`${where} is not a JSON object`);
			}
			const record = value as Record<string, unknown>;
			id = record.id ?? null;
			if (typeof record.text !== 'string') throw new Error(`${where}: "text" must be a string`);
			const lineDate = record.date ?? undefined;
			if (
				lineDate !== undefined &&
				lineDate !== null &&
				(typeof lineDate !== 'string' || !referenceDate(lineDate))
			) {
				throw new Error(`${where}: "date" must be YYYY-MM-DD`);
			}
			const result = geoparse(record.text, gazetteer, {
				date: (lineDate as string | null) ?? undefined
			});
			process.stdout.write(
				`${JSON.stringify({ id, places: result.places, dates: result.dates })}\n`
			);
		} catch (error) {
			const message =
				error instanceof SyntaxError
					? `${where} is not valid JSON: ${error.message}`
					: error instanceof Error
						? error.message
						: String(error);
			process.stdout.write(`${JSON.stringify({ id, error: message })}\n`);
		}
	});
}
