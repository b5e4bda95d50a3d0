/**
 * Makes sure a Chromium exists before the browser tests start: finds one, or installs Debian's
 * `chromium` when running as root with apt-get, or stops with a message that says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium-path.js';

const found = findChromium();
if (found) {
	console.log(`Chromium: ${found}`);
	process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
	console.error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist.`);
	process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
	console.error(
		'No Chromium found. Install one (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.'
	);
	process.exit(1);
}

console.log('No Chromium found: installing Debian’s chromium package…');
const apt = (/** @type {string[]} */ args) =>
	execFileSync('apt-get', args, {
		stdio: 'inherit',
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
apt(['update']);
apt(['install', '-y', '--no-install-recommends', 'chromium']);

const installed = findChromium();
if (!installed) {
	console.error('apt-get finished but no Chromium binary was found.');
	process.exit(1);
}
console.log(`Chromium: ${installed}`);
