import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './scripts/chromium-path.js';

/** Tests run against the production build, on a port of their own so a running app is left alone. */
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	forbidOnly: !!process.env.CI,
	reporter: [['list']],
	timeout: 60_000,
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://localhost:${port}`,
		trace: 'off',
		screenshot: 'only-on-failure',
		launchOptions: { executablePath: findChromium(), args: chromiumArgs }
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
	webServer: {
		command: `npm run build && PORT=${port} ORIGIN=http://localhost:${port} node scripts/serve.js`,
		url: `http://localhost:${port}/api`,
		reuseExistingServer: false,
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
