/**
 * Finds a Chromium for the browser tests. Playwright cannot download its own browser on the
 * project's machines, so tests run in the system's (Debian's) Chromium.
 */
import { existsSync } from 'node:fs';

const candidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable'
];

/** @returns {string | undefined} the first usable Chromium: `CHROMIUM_PATH`, then the usual paths. */
export function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	return candidates.find((path) => existsSync(path));
}

/** Flags that keep Chromium from calling home; the network here is closed and tests are offline. */
export const chromiumArgs = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--no-first-run',
	'--no-sandbox'
];
