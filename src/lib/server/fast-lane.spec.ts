import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { fastLane, isFastLaneCandidate } from './fast-lane';

/** Just enough of a Node response to see what the lane wrote. */
function recorder() {
	const written: { status?: number; headers?: Record<string, string>; body?: unknown } = {};
	const response = {
		writeHead(status: number, headers: Record<string, string>) {
			written.status = status;
			written.headers = headers;
			return response;
		},
		end(body?: unknown) {
			written.body = body;
			return response;
		}
	};
	return { response: response as unknown as ServerResponse, written };
}

function request(url: string, headers: Record<string, string> = {}, method = 'GET') {
	return Object.assign(new EventEmitter(), { url, method, headers }) as unknown as IncomingMessage;
}

const apiResponse = (body: string, status = 200) =>
	new Response(body, {
		status,
		headers: {
			etag: '"v1"',
			'content-type': 'application/geo+json',
			'x-content-type-options': 'nosniff'
		}
	});

describe('fastLane', () => {
	it('answers a repeat request with the kept body and headers', async () => {
		const lane = fastLane();
		await lane.publish(
			new URL('http://h/api/collections/a.places/items?limit=2'),
			apiResponse('{"a":1}')
		);
		const { response, written } = recorder();
		expect(lane.serve(request('/api/collections/a.places/items?limit=2'), response)).toBe(true);
		expect(written.status).toBe(200);
		expect(written.headers).toMatchObject({
			etag: '"v1"',
			'x-content-type-options': 'nosniff',
			'content-length': '7'
		});
		expect(new TextDecoder().decode(written.body as Uint8Array)).toBe('{"a":1}');
	});

	it('answers a matching If-None-Match with 304 and no body headers', async () => {
		const lane = fastLane();
		await lane.publish(new URL('http://h/api/conformance'), apiResponse('{}'));
		const { response, written } = recorder();
		expect(lane.serve(request('/api/conformance', { 'if-none-match': 'W/"v1"' }), response)).toBe(
			true
		);
		expect(written.status).toBe(304);
		expect(written.headers?.etag).toBe('"v1"');
		expect(written.headers?.['content-type']).toBeUndefined();
	});

	it('leaves unknown URLs, other methods and errors to SvelteKit', async () => {
		const lane = fastLane();
		await lane.publish(new URL('http://h/api/collections/nope/items'), apiResponse('{}', 404));
		const { response } = recorder();
		expect(lane.serve(request('/api/collections/nope/items'), response)).toBe(false);
		expect(lane.serve(request('/api/never-seen'), response)).toBe(false);
		await lane.publish(new URL('http://h/api/x'), apiResponse('{}'));
		expect(lane.serve(request('/api/x', {}, 'POST'), response)).toBe(false);
	});

	it('keeps query strings apart', async () => {
		const lane = fastLane();
		await lane.publish(new URL('http://h/api/q?limit=1'), apiResponse('one'));
		const { response } = recorder();
		expect(lane.serve(request('/api/q?limit=2'), response)).toBe(false);
	});
});

describe('isFastLaneCandidate', () => {
	it('takes only GETs under /api/', () => {
		expect(isFastLaneCandidate('GET', new URL('http://h/api/collections'))).toBe(true);
		expect(isFastLaneCandidate('GET', new URL('http://h/b/x'))).toBe(false);
		expect(isFastLaneCandidate('HEAD', new URL('http://h/api/collections'))).toBe(false);
	});
});
