/**
 * `npm run geodata:check [geodata-folder]`: validates every briefing the way the server does
 * and prints each problem as `file path: message`. Exits 1 if any briefing is broken, so CI
 * and editors can stop on bad data before a server ever loads it.
 */
import { join, resolve } from 'node:path';
import { loadCatalog } from '../src/lib/server/catalog';
import { formatProblem } from '../src/lib/server/problems';

const geodataDir = resolve(
	process.argv[2] || process.env.GEODATA_DIR || join(process.cwd(), 'geodata')
);

try {
	const catalog = await loadCatalog(geodataDir);
	const problems = [...catalog.broken.values()].flat();
	for (const problem of problems) console.log(formatProblem(problem));
	const loaded = catalog.briefings.size;
	const broken = catalog.broken.size;
	console.log(
		`geodata:check ${geodataDir}: ${loaded} briefing${loaded === 1 ? '' : 's'} valid, ` +
			`${broken} broken, ${problems.length} problem${problems.length === 1 ? '' : 's'} (version ${catalog.version})`
	);
	process.exitCode = broken > 0 ? 1 : 0;
} catch (error) {
	console.error(`geodata:check: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
}
