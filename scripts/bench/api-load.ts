/**
 * API load: the items endpoint and the briefing bundle under 50 connections for a fixed time,
 * against a static server holding the same bytes, run back to back in one process.
 */
import autocannon from 'autocannon';
import { startStaticServer, type StaticFile } from './servers';

export interface LoadFigures {
	path: string;
	requestsPerSecond: number;
	p50Ms: number;
	p99Ms: number;
	errors: number;
	non2xx: number;
}

export interface LoadComparison {
	app: LoadFigures;
	static: LoadFigures;
	/** app requests/s ÷ static requests/s. */
	throughputRatio: number;
	/** Status of a conditional request with the ETag of the first response. */
	conditionalStatus: number;
}

async function hammer(url: string, path: string, seconds: number): Promise<LoadFigures> {
	const result = await autocannon({ url: url + path, connections: 50, duration: seconds });
	return {
		path,
		requestsPerSecond: result.requests.average,
		p50Ms: result.latency.p50,
		p99Ms: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx
	};
}

/** Measures each path on the running app and on a static copy of its response. */
export async function runApiLoad(
	appUrl: string,
	paths: string[],
	seconds = 10
): Promise<LoadComparison[]> {
	const files = new Map<string, StaticFile>();
	const etags = new Map<string, string>();
	for (const path of paths) {
		const response = await fetch(appUrl + path);
		files.set(path, {
			body: Buffer.from(await response.arrayBuffer()),
			contentType: response.headers.get('content-type') ?? 'application/octet-stream'
		});
		etags.set(path, response.headers.get('etag') ?? '');
	}
	const staticServer = await startStaticServer(files);
	const comparisons: LoadComparison[] = [];
	try {
		for (const path of paths) {
			const app = await hammer(appUrl, path, seconds);
			const baseline = await hammer(staticServer.url, path, seconds);
			const conditional = await fetch(appUrl + path, {
				headers: { 'if-none-match': etags.get(path) ?? '' }
			});
			comparisons.push({
				app,
				static: baseline,
				throughputRatio: app.requestsPerSecond / baseline.requestsPerSecond,
				conditionalStatus: conditional.status
			});
		}
	} finally {
		await staticServer.stop();
	}
	return comparisons;
}
