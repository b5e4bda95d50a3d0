/**
 * POST /api/geoparse: runs the geoparser on a text sent as `text/plain` (the article date, if
 * any, in `?date=YYYY-MM-DD`) or as JSON `{ "text": …, "date": … }`, and returns the same
 * object as `npm run geoparse`. A computation that changes nothing, so it needs no sign-in.
 * Bad input is a problem document naming what is wrong: an empty text is 400, a body over
 * 200 KB is 413 (refused before it is read in full), another media type is 415.
 */
import { geoparse } from '../geoparse';
import { referenceDate } from '../geoparse/dates';
import { loadGazetteer } from './gazetteer';
import { JSON_TYPE } from './ogc/media-types';
import { ApiProblem, problemResponse } from './ogc/problem';

export const GEOPARSE_MAX_BYTES = 200 * 1024;
export const GEOPARSE_ALLOWED_METHODS = 'POST, OPTIONS';

const types = {
	invalidBody: 'urn:briefmap:problem:invalid-body',
	tooLarge: 'urn:briefmap:problem:payload-too-large',
	unsupportedType: 'urn:briefmap:problem:unsupported-media-type',
	unavailable: 'urn:briefmap:problem:gazetteer-unavailable'
} as const;

function invalidBody(detail: string, parameter?: string): ApiProblem {
	return new ApiProblem({
		type: types.invalidBody,
		title: 'Invalid request body',
		status: 400,
		detail,
		...(parameter === undefined ? {} : { parameter })
	});
}

function tooLarge(): ApiProblem {
	return new ApiProblem({
		type: types.tooLarge,
		title: 'Request body too large',
		status: 413,
		detail: `The text is over ${GEOPARSE_MAX_BYTES / 1024} KB; send one article at a time.`
	});
}

/** Reads the body as UTF-8, giving up as soon as it passes the limit. */
async function readLimited(request: Request): Promise<string> {
	const declared = Number(request.headers.get('content-length'));
	if (Number.isFinite(declared) && declared > GEOPARSE_MAX_BYTES) throw tooLarge();
	if (!request.body) return '';
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > GEOPARSE_MAX_BYTES) {
			await reader.cancel();
			throw tooLarge();
		}
		chunks.push(value);
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.byteLength;
	}
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw invalidBody('The body is not valid UTF-8.');
	}
}

function checkDate(date: unknown, where: string): string | undefined {
	if (date === undefined || date === null) return undefined;
	if (typeof date !== 'string' || !referenceDate(date)) {
		throw invalidBody(`${where} must be a calendar date as YYYY-MM-DD.`, 'date');
	}
	return date;
}

async function readInput(request: Request, url: URL): Promise<{ text: string; date?: string }> {
	for (const name of url.searchParams.keys()) {
		if (name !== 'date') {
			throw new ApiProblem({
				type: 'urn:briefmap:problem:unknown-parameter',
				title: 'Unknown query parameter',
				status: 400,
				detail: `${name === '' ? '(empty name)' : name}: this endpoint accepts only date`,
				parameter: name
			});
		}
	}
	const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
	if (mediaType === 'text/plain') {
		const text = await readLimited(request);
		return {
			text,
			date: checkDate(url.searchParams.get('date') ?? undefined, 'The date parameter')
		};
	}
	if (mediaType === JSON_TYPE) {
		const body = await readLimited(request);
		let value: unknown;
		try {
			value = JSON.parse(body);
		} catch (error) {
			throw invalidBody(`The body is not valid JSON: ${(error as Error).message}`);
		}
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			throw invalidBody('The JSON body must be an object: { "text": "…", "date": "YYYY-MM-DD" }.');
		}
		const record = value as Record<string, unknown>;
		for (const key of Object.keys(record)) {
			if (key !== 'text' && key !== 'date') {
				throw invalidBody(
					`Unknown member "${key.slice(0, 100)}"; the body has "text" and "date".`,
					key
				);
			}
		}
		if (typeof record.text !== 'string') throw invalidBody('"text" must be a string.', 'text');
		const inQuery = url.searchParams.get('date') ?? undefined;
		return {
			text: record.text,
			date: checkDate(
				record.date ?? inQuery,
				record.date === undefined ? 'The date parameter' : '"date"'
			)
		};
	}
	throw new ApiProblem({
		type: types.unsupportedType,
		title: 'Unsupported media type',
		status: 415,
		detail: `Send the text as text/plain or as application/json { "text", "date" }, not ${mediaType || 'a body without a Content-Type'}.`
	});
}

export async function geoparseRequest(request: Request, url: URL): Promise<Response> {
	try {
		const input = await readInput(request, url);
		if (input.text.trim() === '') throw invalidBody('The text is empty.', 'text');
		let gazetteer;
		try {
			gazetteer = await loadGazetteer();
		} catch (error) {
			console.error(error);
			throw new ApiProblem({
				type: types.unavailable,
				title: 'Gazetteer unavailable',
				status: 503,
				detail: 'The gazetteer index could not be loaded; see the server log.'
			});
		}
		const result = geoparse(input.text, gazetteer, { date: input.date });
		return new Response(JSON.stringify(result), {
			headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' }
		});
	} catch (error) {
		if (error instanceof ApiProblem) {
			// The unread rest of a too-large body leaves the connection unusable: say so, so that
			// clients open a new one for their next request instead of finding this one reset.
			const close = error.details.status === 413 ? { connection: 'close' } : undefined;
			return problemResponse(error.details, url, close);
		}
		throw error;
	}
}

/** 405 for anything but POST; OPTIONS says what is allowed. */
export function geoparseMethodNotAllowed(request: Request, url: URL): Response {
	if (request.method === 'OPTIONS') {
		return new Response(null, { status: 204, headers: { allow: GEOPARSE_ALLOWED_METHODS } });
	}
	return problemResponse(
		{
			type: 'urn:briefmap:problem:method-not-allowed',
			title: 'Method not allowed',
			status: 405,
			detail: `${request.method} is not supported here; POST the text to geoparse.`
		},
		url,
		{ allow: GEOPARSE_ALLOWED_METHODS }
	);
}
