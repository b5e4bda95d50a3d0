/**
 * The short names of large airports that news writes without their city ("Heathrow" for London
 * Heathrow Airport, "O'Hare" for Chicago O'Hare International Airport): an airport's name, less
 * its facility words, that starts with the name of a town of its country, gives the rest as an
 * alias. Only large airports (OurAirports' `large_airport`), and only a rest that is no English
 * word: "Birmingham International Airport" gives nothing.
 */
import { FACILITY_WORDS } from '../../src/lib/geoparse/gazetteer.ts';
import { nameKey } from '../../src/lib/geoparse/names.ts';
import type { SourceEntry } from './sources.ts';

export function addAirportShortNames(
	airports: SourceEntry[],
	towns: SourceEntry[],
	words: Set<string>
): string[] {
	const townNames = new Set(towns.map((t) => `${t.country}:${nameKey(t.name)}`));
	for (const t of towns) for (const a of t.aliases) townNames.add(`${t.country}:${nameKey(a)}`);
	const added: string[] = [];
	for (const a of airports) {
		if (a.featureCode !== 'large_airport') continue;
		const base = a.name.replace(FACILITY_WORDS, '').trim();
		const parts = base.split(/\s+/);
		for (let k = 1; k < parts.length && k <= 3; k++) {
			if (!townNames.has(`${a.country}:${nameKey(parts.slice(0, k).join(' '))}`)) continue;
			const rest = parts.slice(k).join(' ');
			const key = nameKey(rest);
			if (key.replace(/[^a-z]/g, '').length >= 4 && !words.has(key)) {
				a.aliases.push(rest);
				added.push(rest);
			}
			break;
		}
	}
	return added;
}
