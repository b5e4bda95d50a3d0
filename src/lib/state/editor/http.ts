/**
 * The editor's requests to the server: JSON in and out, problems (RFC 9457) returned as values
 * so each can be shown beside its field. Every request is same-origin, so the browser sends the
 * Origin header and the session cookie the server checks.
 */
import type { BriefingProblem } from '$lib/briefing/types';

export interface Problem {
	status: number;
	title: string;
	detail: string;
	field?: string;
	problems?: BriefingProblem[];
	currentEtag?: string;
}

export type JsonResult<T> =
	{ ok: true; body: T; etag: string | null } | { ok: false; problem: Problem };

export async function requestJson<T>(
	method: string,
	url: string,
	body?: unknown,
	headers: Record<string, string> = {}
): Promise<JsonResult<T>> {
	let response: Response;
	try {
		response = await fetch(url, {
			method,
			headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
			body: body === undefined ? undefined : JSON.stringify(body)
		});
	} catch {
		return {
			ok: false,
			problem: {
				status: 0,
				title: 'Offline',
				detail:
					'The server cannot be reached; changes are kept in this page and saved when it is back.'
			}
		};
	}
	const text = await response.text();
	let parsed: unknown;
	try {
		parsed = text ? JSON.parse(text) : undefined;
	} catch {
		parsed = undefined;
	}
	if (response.ok) return { ok: true, body: parsed as T, etag: response.headers.get('etag') };
	const problem = (parsed ?? {}) as Partial<Problem>;
	return {
		ok: false,
		problem: {
			status: response.status,
			title: problem.title ?? response.statusText,
			detail: problem.detail ?? `The server answered ${response.status}.`,
			field: problem.field,
			problems: problem.problems,
			currentEtag: problem.currentEtag
		}
	};
}

export const postJson = <T>(url: string, body?: unknown, headers?: Record<string, string>) =>
	requestJson<T>('POST', url, body ?? {}, headers);
