import { describe, expect, it } from 'vitest';
import { GEOPARSE_MAX_BYTES, geoparseMethodNotAllowed, geoparseRequest } from './geoparse-endpoint';

const url = new URL('http://localhost/api/geoparse');

function post(body: BodyInit | null, type?: string, at: URL = url): Promise<Response> {
	const headers = type ? { 'content-type': type } : undefined;
	return geoparseRequest(new Request(at, { method: 'POST', body, headers }), at);
}

async function expectProblem(response: Response, status: number, detail: RegExp): Promise<void> {
	expect(response.status).toBe(status);
	expect(response.headers.get('content-type')).toBe('application/problem+json');
	const body = await response.json();
	expect(body.status).toBe(status);
	expect(body.instance).toMatch(/^\/api\/geoparse/);
	expect(body.detail).toMatch(detail);
}

describe('POST /api/geoparse bad input', () => {
	it('400 for an empty or blank text', async () => {
		await expectProblem(await post('', 'text/plain'), 400, /empty/);
		await expectProblem(await post('  \n ', 'text/plain; charset=utf-8'), 400, /empty/);
		await expectProblem(await post('{"text":""}', 'application/json'), 400, /empty/);
	});

	it('413 for a body over 200 KB, declared or streamed', async () => {
		await expectProblem(
			await post('a'.repeat(GEOPARSE_MAX_BYTES + 1), 'text/plain'),
			413,
			/200 KB/
		);
		const stream = new ReadableStream({
			pull(controller) {
				controller.enqueue(new TextEncoder().encode('word '.repeat(10_000)));
			}
		});
		const request = new Request(url, {
			method: 'POST',
			body: stream,
			headers: { 'content-type': 'text/plain' },
			// @ts-expect-error Node's fetch needs this for a streamed body; the DOM types lack it.
			duplex: 'half'
		});
		await expectProblem(await geoparseRequest(request, url), 413, /200 KB/);
	});

	it('415 for another media type or none', async () => {
		await expectProblem(await post('a=1', 'application/x-www-form-urlencoded'), 415, /text\/plain/);
		await expectProblem(await post(new Blob(['Paris']), undefined), 415, /without a Content-Type/);
	});

	it('400 naming what is wrong in a JSON body or the date', async () => {
		await expectProblem(await post('{"text":', 'application/json'), 400, /not valid JSON/);
		await expectProblem(await post('["Paris"]', 'application/json'), 400, /must be an object/);
		await expectProblem(
			await post('{"text":3}', 'application/json'),
			400,
			/"text" must be a string/
		);
		await expectProblem(await post('{"text":"Paris","when":1}', 'application/json'), 400, /"when"/);
		await expectProblem(
			await post('{"text":"Paris","date":"2022-02-30"}', 'application/json'),
			400,
			/YYYY-MM-DD/
		);
		const badDate = new URL('http://localhost/api/geoparse?date=tomorrow');
		await expectProblem(await post('Paris', 'text/plain', badDate), 400, /YYYY-MM-DD/);
		const unknown = new URL('http://localhost/api/geoparse?lang=en');
		await expectProblem(await post('Paris', 'text/plain', unknown), 400, /lang/);
	});

	it('400 for a body that is not UTF-8', async () => {
		await expectProblem(await post(new Uint8Array([0xff, 0xfe, 0x41]), 'text/plain'), 400, /UTF-8/);
	});

	it('405 for other methods, naming POST', async () => {
		const response = geoparseMethodNotAllowed(new Request(url), url);
		await expectProblem(response, 405, /POST/);
		expect(response.headers.get('allow')).toBe('POST, OPTIONS');
	});
});

describe('POST /api/geoparse', () => {
	it('answers text/plain and JSON with the geoparser’s object', async () => {
		const plain = await post(
			'Russian officials visited an airfield in Iran on June 8.',
			'text/plain',
			new URL('http://localhost/api/geoparse?date=2022-07-16')
		);
		expect(plain.status).toBe(200);
		const body = await plain.json();
		expect(body.places.map((p: { name: string }) => p.name)).toEqual(['Russia', 'Iran']);
		expect(body.dates[0]).toMatchObject({ date: '2022-06-08', precision: 'day' });
		expect(body.attribution.length).toBeGreaterThan(0);
		const json = await post(
			JSON.stringify({ text: 'Talks in Tehran.', date: '2022-07-16' }),
			'application/json'
		);
		expect((await json.json()).places[0].name).toBe('Tehran');
	}, 60_000);
});
