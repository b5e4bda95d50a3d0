/**
 * The test fixture every browser test uses: it fails the test on any page error, console error,
 * CSP violation or request to a host other than this machine, so no test can pass while the
 * page is quietly broken or leaking requests. It runs for every test of the default page (it
 * is automatic), so tests do not repeat its assertions; a test asks for `problems` only to
 * allow a console message it expects.
 */
import { test as base, expect } from '@playwright/test';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for URLs that stay on this machine (or never touch the network). */
export function isLocal(url: string): boolean {
	if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
	try {
		return loopbackHosts.has(new URL(url).hostname);
	} catch {
		return false;
	}
}

export interface PageProblems {
	errors: string[];
	externalRequests: string[];
	/** Console messages the test expects (e.g. a deliberately failing request); not counted. */
	allow: (pattern: RegExp) => void;
}

export const test = base.extend<{ problems: PageProblems }>({
	problems: [
		async ({ page, context }, use) => {
			const errors: string[] = [];
			const externalRequests: string[] = [];
			const allowed: RegExp[] = [];
			await context.route('**/*', (route) => {
				const url = route.request().url();
				if (isLocal(url)) return route.continue();
				externalRequests.push(url);
				return route.abort('blockedbyclient');
			});
			page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				const text = message.text();
				if (!allowed.some((pattern) => pattern.test(text))) errors.push(`console: ${text}`);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
				});
			});
			await use({ errors, externalRequests, allow: (pattern) => allowed.push(pattern) });
			expect(externalRequests, 'requests that left this machine').toEqual([]);
			expect(errors, 'page errors, console errors and CSP violations').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
