/**
 * Servers the benchmarks measure: the app's production build, and a plain static file server
 * that serves the very same bytes — the baseline the API's throughput is compared against.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RunningApp {
	url: string;
	stop: () => Promise<void>;
}

/** Starts the production server (`scripts/serve.js`) on a port and waits until `/api` answers. */
export async function startApp(port: number): Promise<RunningApp> {
	const child: ChildProcess = spawn(process.execPath, ['scripts/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			ORIGIN: `http://localhost:${port}`,
			// Serves the bare MapLibre baseline page, which production does not.
			BRIEFMAP_BENCH: '1'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://localhost:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		try {
			if ((await fetch(`${url}/api`)).ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return {
		url,
		stop: () =>
			new Promise((resolve) => {
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
}

export interface StaticFile {
	body: Buffer;
	contentType: string;
}

/** A minimal static server: path → bytes, looked up in a Map, nothing else. */
export async function startStaticServer(files: Map<string, StaticFile>): Promise<RunningApp> {
	const server: Server = createServer((request, response) => {
		const file = files.get(request.url ?? '');
		if (!file) {
			response.writeHead(404).end();
			return;
		}
		response.writeHead(200, {
			'content-type': file.contentType,
			'content-length': file.body.length
		});
		response.end(file.body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		stop: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
