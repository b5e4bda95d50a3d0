/**
 * `npx tsx scripts/bench/first-view-report.ts [url]`: the explore page's first-view JavaScript,
 * chunk by chunk, against a running production server (default: BENCH_PORT or 4800 on
 * localhost). Run `npm run build` first: sizes and module lists come from the build.
 */
import { launchChromium } from './browser';
import { firstViewTable, loadFirstView, sumFirstView } from './first-view-js';

const url =
	process.argv[2] ?? `http://localhost:${process.env.BENCH_PORT ?? 4800}/b/iran-drones-2022`;
const browser = await launchChromium();
try {
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	const chunks = await loadFirstView(page, url);
	const sums = sumFirstView(chunks);
	const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log(firstViewTable(chunks));
	const line = (label: string, s: ReturnType<typeof sumFirstView>['later']) =>
		`${label}: app ${s.appChunks} chunks, ${kb(s.appGzipBytes)} gzip, ${kb(s.appWireBytes)} on the wire; MapLibre ${kb(s.maplibreGzipBytes)} gzip, ${kb(s.maplibreWireBytes)} on the wire`;
	console.log(
		`\n${line('until the map settles', sums)}\n${line('after it, no input', sums.later)}`
	);
} finally {
	await browser.close();
}
