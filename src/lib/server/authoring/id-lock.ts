/**
 * One operation at a time per briefing id: a save reads the current version, compares it with
 * `If-Match` and writes, and no other save or publish of the same id may interleave.
 */
const chains = new Map<string, Promise<unknown>>();

export function withIdLock<T>(id: string, work: () => Promise<T>): Promise<T> {
	const previous = chains.get(id) ?? Promise.resolve();
	const run = previous.then(work, work);
	const settled = run.catch(() => undefined);
	chains.set(id, settled);
	void settled.then(() => {
		if (chains.get(id) === settled) chains.delete(id);
	});
	return run;
}
