/**
 * Errors of the editing routes as RFC 9457 problem details, each naming the field at fault
 * (`field`: a form field, `article`, or a JSON path into the draft) so the editor can show the
 * message beside it.
 */
import type { BriefingProblem } from '../../briefing/types';

export interface AuthoringProblem {
	status: number;
	title: string;
	detail: string;
	/** The request field the problem is about. */
	field?: string;
	/** Validation problems of a draft, each with its file and JSON path. */
	problems?: BriefingProblem[];
	/** For a stale save: the version on the server, to reload. */
	currentEtag?: string;
}

/** Thrown by the store and the request parsers; turned into a response by `problemResponse`. */
export class AuthoringError extends Error {
	readonly problem: AuthoringProblem;
	constructor(problem: AuthoringProblem) {
		super(problem.detail);
		this.name = 'AuthoringError';
		this.problem = problem;
	}
}

const TYPES: Record<number, string> = {
	400: 'bad-request',
	401: 'sign-in-required',
	403: 'forbidden',
	404: 'not-found',
	409: 'conflict',
	412: 'stale-version',
	413: 'too-large',
	415: 'unsupported-media-type',
	422: 'invalid-briefing',
	428: 'version-required',
	429: 'too-many-attempts'
};

export function problemResponse(problem: AuthoringProblem, headers: HeadersInit = {}): Response {
	const body = { type: `urn:briefmap:problem:${TYPES[problem.status] ?? 'error'}`, ...problem };
	const all = new Headers(headers);
	all.set('content-type', 'application/problem+json');
	all.set('cache-control', 'no-store');
	return new Response(JSON.stringify(body), { status: problem.status, headers: all });
}

/** Runs a route's work and answers an `AuthoringError` as problem+json instead of a 500. */
export async function answerProblems(work: () => Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof AuthoringError) return problemResponse(error.problem);
		throw error;
	}
}

export function badRequest(field: string, detail: string): AuthoringError {
	return new AuthoringError({ status: 400, title: 'Bad request', detail, field });
}
