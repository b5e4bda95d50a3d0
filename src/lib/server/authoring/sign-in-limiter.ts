/**
 * Slows down password guessing: failed sign-ins are counted per client address and per user
 * name (rate-limiter-flexible, in memory); past the limit, attempts are refused until the
 * window passes, whether or not the password would be right.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

const FAILURES_ALLOWED = 5;
const WINDOW_SECONDS = 15 * 60;

const LIMITER_KEY = Symbol.for('briefmap.sign-in-limiter');

function limiter(): RateLimiterMemory {
	const registry = globalThis as typeof globalThis & { [LIMITER_KEY]?: RateLimiterMemory };
	return (registry[LIMITER_KEY] ??= new RateLimiterMemory({
		points: FAILURES_ALLOWED,
		duration: WINDOW_SECONDS
	}));
}

function keys(address: string, user: string): string[] {
	return [`address:${address}`, `user:${user}`];
}

/** Seconds to wait before another attempt, or 0 when one is allowed now. */
export async function signInDelay(address: string, user: string): Promise<number> {
	let wait = 0;
	for (const key of keys(address, user)) {
		const state = await limiter().get(key);
		if (state && state.consumedPoints >= FAILURES_ALLOWED) {
			wait = Math.max(wait, Math.ceil(state.msBeforeNext / 1000));
		}
	}
	return wait;
}

export async function recordFailure(address: string, user: string): Promise<void> {
	for (const key of keys(address, user)) {
		await limiter()
			.consume(key)
			.catch((result: unknown) => {
				// Over the limit: the refusal is what signInDelay reports next time.
				if (!(result instanceof RateLimiterRes)) throw result;
			});
	}
}

export async function recordSuccess(address: string, user: string): Promise<void> {
	for (const key of keys(address, user)) await limiter().delete(key);
}
