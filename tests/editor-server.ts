/**
 * A second server for the editor's browser tests: the same build, with editing switched on
 * (`EDITOR_PASSWORD`) and its geodata in a temporary copy, so tests publish without touching the
 * repository's `geodata/` and can restart the server to see what survives.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const EDITOR_PASSWORD = 'a shared password for the browser tests';

export interface EditorServer {
	url: string;
	geodata: string;
	restart(): Promise<void>;
	stop(): Promise<void>;
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
	const deadline = Date.now() + 60_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`the editor server exited with ${child.exitCode}`);
		try {
			if ((await fetch(`${url}/api`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`the editor server did not answer on ${url}`);
}

export async function startEditorServer(port: number): Promise<EditorServer> {
	const geodata = await mkdtemp(join(tmpdir(), 'briefmap-editor-e2e-'));
	await cp(join(process.cwd(), 'geodata', 'briefings'), join(geodata, 'briefings'), {
		recursive: true
	});
	const url = `http://localhost:${port}`;
	let child: ChildProcess | undefined;
	const start = async () => {
		child = spawn(process.execPath, ['scripts/serve.js'], {
			env: {
				...process.env,
				PORT: String(port),
				ORIGIN: url,
				EDITOR_PASSWORD,
				GEODATA_DIR: geodata
			},
			stdio: ['ignore', 'ignore', 'inherit']
		});
		await waitUntilUp(url, child);
	};
	const stopChild = async () => {
		if (!child || child.exitCode !== null) return;
		const exited = new Promise((resolve) => child!.once('exit', resolve));
		child.kill('SIGTERM');
		await exited;
	};
	await start();
	return {
		url,
		geodata,
		async restart() {
			await stopChild();
			await start();
		},
		async stop() {
			await stopChild();
			await rm(geodata, { recursive: true, force: true });
		}
	};
}
