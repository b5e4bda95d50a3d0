/**
 * `npm run export -- {id} --single-file OUT.html` — the briefing as one HTML file that works
 * from disk, with no server and no network.
 * `npm run export -- {id} --site DIR` (or `--all --site DIR`) — a static site for any host.
 *
 * Both read the production build (`npm run build`): the portable shell for the file, the
 * server's pages for the site.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { getCatalog } from '../../src/lib/server/catalog.ts';
import { buildOfflineFile } from '../../src/lib/server/export/offline-file.ts';
import { exportSite } from './site.ts';

const usage = `usage:
  npm run export -- <briefing-id> --single-file OUT.html
  npm run export -- <briefing-id> [<briefing-id> …] --site DIR
  npm run export -- --all --site DIR`;

function fail(message: string): never {
	console.error(`export: ${message}\n${usage}`);
	process.exit(2);
}

function parse(args: string[]) {
	const ids: string[] = [];
	let singleFile: string | undefined;
	let site: string | undefined;
	let all = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if (arg === '--single-file') singleFile = args[++i] ?? fail('--single-file needs a file name');
		else if (arg === '--site') site = args[++i] ?? fail('--site needs a directory');
		else if (arg === '--all') all = true;
		else if (arg.startsWith('-')) fail(`unknown option ${arg}`);
		else ids.push(arg);
	}
	if (!singleFile === !site) fail('give exactly one of --single-file and --site');
	if (singleFile && (all || ids.length !== 1)) fail('--single-file takes exactly one briefing id');
	if (site && all === ids.length > 0) fail('--site takes briefing ids or --all');
	return { ids, singleFile, site, all };
}

const options = parse(process.argv.slice(2));
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);

if (options.singleFile) {
	const id = options.ids[0]!;
	const catalog = await getCatalog();
	const briefing = catalog.briefings.get(id);
	if (!briefing) {
		const problems = catalog.broken.get(id);
		fail(
			problems
				? `the briefing “${id}” has problems in its files (first: ${problems[0]?.file} ${problems[0]?.path}: ${problems[0]?.message})`
				: `no briefing has the id “${id}” (known: ${[...catalog.briefings.keys()].join(', ')})`
		);
	}
	const html = await buildOfflineFile(briefing);
	const out = resolve(options.singleFile);
	mkdirSync(dirname(out), { recursive: true });
	writeFileSync(out, html);
	console.log(`${out}: ${(Buffer.byteLength(html) / 1e6).toFixed(2)} MB in ${seconds()} s`);
} else {
	const report = await exportSite(options.all ? 'all' : options.ids, options.site!);
	console.log(
		`${resolve(options.site!)}: ${report.files} files, ${(report.bytes / 1e6).toFixed(2)} MB in ${seconds()} s`
	);
}
