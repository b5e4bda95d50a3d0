/**
 * Scene-change latency in the presentation view: from the key press to the first frame of the
 * new scene (flight duration aside). The page records `window.__sceneSettledAt` when it has
 * applied a scene; the key press time is taken in the page itself, in the same clock.
 */
import { launchChromium, median, percentile } from './browser';

export interface SceneChangeFigures {
	medianMs: number;
	p95Ms: number;
	presses: number;
}

declare global {
	interface Window {
		__keyAt?: number;
		__sceneSettledAt?: number;
	}
}

export async function runSceneChange(
	appUrl: string,
	briefingId: string
): Promise<SceneChangeFigures | undefined> {
	const browser = await launchChromium();
	try {
		const context = await browser.newContext({
			viewport: { width: 1920, height: 1080 },
			reducedMotion: 'reduce'
		});
		const page = await context.newPage();
		await page.addInitScript(() => {
			addEventListener('keydown', () => (window.__keyAt = performance.now()), { capture: true });
		});
		const response = await page.goto(`${appUrl}/b/${briefingId}/present`);
		if (!response?.ok()) return undefined;
		await page.waitForFunction(() => typeof window.__sceneSettledAt === 'number', null, {
			timeout: 60_000
		});
		const samples: number[] = [];
		for (let press = 0; press < 12; press++) {
			const before = await page.evaluate(() => window.__sceneSettledAt);
			await page.keyboard.press(press % 7 === 6 ? 'Home' : 'PageDown');
			await page.waitForFunction((previous) => window.__sceneSettledAt !== previous, before, {
				timeout: 10_000
			});
			samples.push(await page.evaluate(() => window.__sceneSettledAt! - window.__keyAt!));
			await page.waitForTimeout(300);
		}
		return { medianMs: median(samples), p95Ms: percentile(samples, 95), presses: samples.length };
	} finally {
		await browser.close();
	}
}
