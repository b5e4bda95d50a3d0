/**
 * The production server: SvelteKit's adapter-node handler, with the API's fast lane in front
 * (src/lib/server/fast-lane.ts). Listens on PORT (default 3000) and HOST (default 0.0.0.0).
 */
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const { handler } = await import(pathToFileURL(join(process.cwd(), 'build/handler.js')).href);
const laneKey = Symbol.for('briefmap.fast-lane');

const server = createServer((request, response) => {
	/** @type {{ serve: (req: unknown, res: unknown) => boolean } | undefined} */
	const lane = /** @type {any} */ (globalThis)[laneKey];
	if (lane?.serve(request, response)) return;
	handler(request, response, () => {
		response.statusCode = 404;
		response.end('Not found');
	});
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => console.log(`briefmap on http://localhost:${port}`));

const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
