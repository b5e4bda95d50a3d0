/**
 * Errors as RFC 9457 problem details. Handlers throw an `ApiProblem`; the serving wrapper turns
 * it into an `application/problem+json` response, so bad input never becomes a 500 or a stack
 * trace.
 */
import type { BriefingProblem } from '../../briefing/types';
import { PROBLEM_TYPE } from './media-types';

/** Problem type URIs: stable identifiers clients can switch on (not meant to be fetched). */
export const problemTypes = {
	invalidParameter: 'urn:briefmap:problem:invalid-parameter',
	unknownParameter: 'urn:briefmap:problem:unknown-parameter',
	notFound: 'urn:briefmap:problem:not-found',
	briefingUnavailable: 'urn:briefmap:problem:briefing-unavailable',
	methodNotAllowed: 'urn:briefmap:problem:method-not-allowed',
	catalogUnavailable: 'urn:briefmap:problem:catalog-unavailable',
	internal: 'urn:briefmap:problem:internal'
} as const;

export interface ProblemDetails {
	type: string;
	title: string;
	status: number;
	detail: string;
	/** The request path (and query) the problem occurred on. */
	instance?: string;
	/** Extension: the query parameter at fault. */
	parameter?: string;
	/** Extension: what is wrong with an unavailable briefing's files. */
	problems?: BriefingProblem[];
}

/** A problem a handler reports instead of a representation. */
export class ApiProblem extends Error {
	readonly details: Omit<ProblemDetails, 'instance'>;

	constructor(details: Omit<ProblemDetails, 'instance'>) {
		super(details.detail);
		this.name = 'ApiProblem';
		this.details = details;
	}
}

/** How a detail names a parameter: `?=x` has a name, the empty one, that must still show. */
function parameterLabel(parameter: string): string {
	return parameter === '' ? '(empty name)' : parameter;
}

/** 400 for a query parameter whose value cannot be used; `detail` says what is wrong with it. */
export function invalidParameter(parameter: string, detail: string): ApiProblem {
	return new ApiProblem({
		type: problemTypes.invalidParameter,
		title: 'Invalid query parameter',
		status: 400,
		detail: `${parameterLabel(parameter)}: ${detail}`,
		parameter
	});
}

/** 400 for a query parameter the endpoint does not define (OGC /req/core/query-param-unknown). */
export function unknownParameter(parameter: string, allowed: readonly string[]): ApiProblem {
	const known = allowed.length > 0 ? allowed.join(', ') : 'none';
	return new ApiProblem({
		type: problemTypes.unknownParameter,
		title: 'Unknown query parameter',
		status: 400,
		detail: `${parameterLabel(parameter)}: this endpoint does not accept this parameter (accepted: ${known})`,
		parameter
	});
}

export function notFound(detail: string): ApiProblem {
	return new ApiProblem({ type: problemTypes.notFound, title: 'Not found', status: 404, detail });
}

/**
 * 503 for a briefing whose files failed validation: the id is real, the data is not servable
 * until the files are fixed, and the response says exactly what to fix.
 */
export function briefingUnavailable(briefingId: string, problems: BriefingProblem[]): ApiProblem {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	return new ApiProblem({
		type: problemTypes.briefingUnavailable,
		title: 'Briefing unavailable',
		status: 503,
		detail: `Briefing ${briefingId} failed validation (${count}); fix its files to serve it.`,
		problems
	});
}

/** Serialises a problem; `instance` is the request's path and query, never a host or a stack. */
export function problemResponse(
	problem: Omit<ProblemDetails, 'instance'>,
	url: URL,
	headers: HeadersInit = {}
): Response {
	const body: ProblemDetails = { ...problem, instance: url.pathname + url.search };
	const responseHeaders = new Headers(headers);
	responseHeaders.set('content-type', PROBLEM_TYPE);
	responseHeaders.set('cache-control', 'no-store');
	return new Response(JSON.stringify(body), { status: problem.status, headers: responseHeaders });
}
