/** The headless Chromium the benchmarks drive: the same one the browser tests use. */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, findChromium } from '../chromium-path.js';

export async function launchChromium(): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.js`.');
	return chromium.launch({ executablePath, args: chromiumArgs });
}

/** Median of a list of numbers. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** p-th percentile (0–100), nearest rank. */
export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
