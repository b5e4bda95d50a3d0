import { loadGazetteer } from '../../src/lib/server/gazetteer.ts';
import { candidateOf } from '../../src/lib/geoparse/candidate.ts';
const g = await loadGazetteer();
for (const n of process.argv.slice(2)) for (const p of g.byName.get(n) ?? []) console.log(n, JSON.stringify(candidateOf(g, p, 0)), g.data.places.population[p], g.data.places.featureCode[p], g.data.places.admin1[p]);
