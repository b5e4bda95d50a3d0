/**
 * Pages that exist only as benchmark baselines (`/bench/…`) are served when the benchmark starts
 * the server with `BRIEFMAP_BENCH=1`, and are not found otherwise: they are not part of the app.
 */
export function benchRoutesEnabled(env: Record<string, string | undefined>): boolean {
	return env.BRIEFMAP_BENCH === '1';
}
