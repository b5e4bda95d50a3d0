/**
 * `npm run geoparse:eval -- FILE.jsonl`: scores the geoparser on an annotated corpus (one JSON
 * object a line: `id`, `corpus`, `text`, `date`, `toponyms`, `spans`) and prints one table per
 * corpus. The figures:
 *
 *   found      share of gold places that some predicted mention overlaps
 *   resolved   share of gold places whose overlapping mention's chosen place is within 161 km
 *              of the gold point; for a gold country (PCL*), a chosen country containing the
 *              point; for a gold first-level region (ADM1), a chosen admin1 of the same country
 *              within 500 km
 *   top-3      the same, counting any of the first three candidates
 *   precision  share of predicted mentions that overlap an annotated name (spans or toponyms)
 *   sense      share of Literal / Metonymic gold places (GeoWebNews) found whose mention is
 *              `place` / not `place`
 *
 * plus articles per second, the median time per article, and the gazetteer's load time and
 * memory. `--misses` lists what was not resolved, for tuning.
 */
import { readFileSync } from 'node:fs';
import { geoparse, type GeoparseResult, type PlaceCandidate } from '../../src/lib/geoparse';
import { loadGazetteer } from '../../src/lib/server/gazetteer';
import { loadCountryOutlines } from '../gazetteer/country-outlines';

interface GoldPlace {
	start: number;
	end: number;
	text: string;
	lat: number;
	lon: number;
	fcode: string | null;
	type?: string;
}

interface Article {
	id: string;
	corpus: string;
	text: string;
	date: string | null;
	toponyms: GoldPlace[];
	spans: { start: number; end: number }[];
}

interface Tally {
	articles: number;
	gold: number;
	found: number;
	resolved: number;
	top3: number;
	predicted: number;
	correctPredicted: number;
	senseTotal: number;
	senseRight: number;
	millis: number[];
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
	const r = Math.PI / 180;
	const h =
		Math.sin(((bLat - aLat) * r) / 2) ** 2 +
		Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
	return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
	a.start < b.end && b.start < a.end;

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
	console.error('usage: npm run geoparse:eval -- FILE.jsonl [--misses]');
	process.exit(2);
}

const countryAt = loadCountryOutlines();
// With node's --expose-gc, heap (JavaScript objects and the typed arrays' buffers) is measured
// between collections, so it is the index alone.
const collect = () => (globalThis as { gc?: () => void }).gc?.();
collect();
const residentBefore = process.memoryUsage().rss;
const heapOf = ({ heapUsed, external }: NodeJS.MemoryUsage) => heapUsed + external;
const heapBefore = heapOf(process.memoryUsage());
const loadStarted = performance.now();
const loadCpu = process.cpuUsage();
const gazetteer = await loadGazetteer();
const loadMillis = performance.now() - loadStarted;
// CPU time as well as wall time: on a shared machine the wall clock mostly measures the queue.
const loadCpuMillis = (({ user, system }) => (user + system) / 1000)(process.cpuUsage(loadCpu));
const loadMegabytes = (process.memoryUsage().rss - residentBefore) / 1e6;
collect();
const heapMegabytes = (heapOf(process.memoryUsage()) - heapBefore) / 1e6;

function correct(c: PlaceCandidate, gold: GoldPlace): boolean {
	if (gold.fcode?.startsWith('PCL')) {
		if (c.kind !== 'country') return false;
		const at = countryAt(gold.lat, gold.lon);
		return at ? at === c.gazetteer.id : km(c.lat, c.lon, gold.lat, gold.lon) <= 161;
	}
	if (gold.fcode === 'ADM1' && c.kind === 'admin1') {
		// A gold point off every outline (a coast, an island) cannot say its country.
		const at = countryAt(gold.lat, gold.lon);
		const sameCountry = at === undefined || c.gazetteer.id.startsWith(`${at}-`);
		return sameCountry && km(c.lat, c.lon, gold.lat, gold.lon) <= 500;
	}
	return km(c.lat, c.lon, gold.lat, gold.lon) <= 161;
}

const tallies = new Map<string, Tally>();
const started = performance.now();
const parseCpu = process.cpuUsage();
for (const line of readFileSync(file, 'utf8').split('\n')) {
	if (!line.trim()) continue;
	const a = JSON.parse(line) as Article;
	const t0 = performance.now();
	const result: GeoparseResult = geoparse(a.text, gazetteer, { date: a.date ?? undefined });
	const millis = performance.now() - t0;
	let tally = tallies.get(a.corpus);
	if (!tally) {
		tally = {
			articles: 0,
			gold: 0,
			found: 0,
			resolved: 0,
			top3: 0,
			predicted: 0,
			correctPredicted: 0,
			senseTotal: 0,
			senseRight: 0,
			millis: []
		};
		tallies.set(a.corpus, tally);
	}
	tally.articles++;
	tally.millis.push(millis);
	const mentions = result.places.flatMap((p) => p.mentions.map((m) => ({ m, p })));
	const annotated = [...a.spans, ...a.toponyms];
	for (const { m } of mentions) {
		tally.predicted++;
		if (annotated.some((s) => overlaps(s, m))) tally.correctPredicted++;
		else if (showMisses) console.log(`FP  ${a.id} "${m.text}"`);
	}
	for (const gold of a.toponyms) {
		tally.gold++;
		const hit = mentions.find(({ m }) => overlaps(m, gold));
		if (!hit) {
			if (showMisses) console.log(`MISS ${a.id}@${gold.start} "${gold.text}" ${gold.fcode}`);
			continue;
		}
		tally.found++;
		const inTop3 = hit.p.candidates.slice(0, 3).some((c) => correct(c, gold));
		if (inTop3) tally.top3++;
		if (correct(hit.p, gold)) tally.resolved++;
		else if (showMisses)
			console.log(
				`WRONG${inTop3 ? '3' : ''} ${a.id}@${gold.start} "${gold.text}" ${gold.fcode} → ${hit.p.name} (${hit.p.kind}, ${hit.p.gazetteer.id}) [${hit.p.candidates.map((c) => c.name + '/' + c.gazetteer.id).join('; ')}]`
			);
		if (gold.type === 'Literal' || gold.type === 'Metonymic') {
			tally.senseTotal++;
			const literal = hit.m.sense === 'place';
			if (literal === (gold.type === 'Literal')) tally.senseRight++;
			else if (showMisses)
				console.log(
					`SENSE ${a.id}@${gold.start} "${gold.text}" gold ${gold.type} got ${hit.m.sense}`
				);
		}
	}
}
const totalSeconds = (performance.now() - started) / 1000;
const totalCpuSeconds = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(parseCpu));

const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
for (const [corpus, t] of tallies) {
	const sorted = [...t.millis].sort((x, y) => x - y);
	const p50 = sorted[Math.floor(sorted.length / 2)] ?? 0;
	const seconds = t.millis.reduce((x, y) => x + y, 0) / 1000;
	console.log(
		`\n${corpus}: ${t.articles} articles, ${t.gold} gold places, ${t.predicted} predicted mentions`
	);
	console.log('| figure | value |');
	console.log('| --- | --- |');
	console.log(`| found | ${pct(t.found, t.gold)} |`);
	console.log(`| resolved | ${pct(t.resolved, t.gold)} |`);
	console.log(`| top-3 | ${pct(t.top3, t.gold)} |`);
	console.log(`| precision | ${pct(t.correctPredicted, t.predicted)} |`);
	console.log(
		`| sense | ${pct(t.senseRight, t.senseTotal)} (of ${t.senseTotal} found Literal/Metonymic) |`
	);
	console.log(`| articles/s | ${(t.articles / seconds).toFixed(1)} |`);
	console.log(`| p50 ms/article | ${p50.toFixed(1)} |`);
}
console.log(
	`\ngazetteer load: ${loadMillis.toFixed(0)} ms (${loadCpuMillis.toFixed(0)} ms CPU), +${loadMegabytes.toFixed(0)} MB resident, +${heapMegabytes.toFixed(0)} MB heap and buffers; all articles: ${totalSeconds.toFixed(1)} s (${totalCpuSeconds.toFixed(1)} s CPU)`
);
