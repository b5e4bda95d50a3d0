/** Vitest global setup: the geoparser's tests read the gazetteer index, so build it if stale. */
import { execFileSync } from 'node:child_process';

export default function setup(): void {
	execFileSync('npx', ['tsx', 'scripts/gazetteer/build.ts'], { stdio: 'inherit' });
}
