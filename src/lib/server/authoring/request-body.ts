/** Reads a JSON request body within a size limit, answering bad bodies as problems. */
import { AuthoringError, badRequest } from './problem';

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
	const type = request.headers.get('content-type') ?? '';
	if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) {
		throw new AuthoringError({
			status: 415,
			title: 'Unsupported media type',
			detail: 'Send the body as application/json.',
			field: 'Content-Type'
		});
	}
	const declared = Number(request.headers.get('content-length') ?? 0);
	const tooLarge = () =>
		new AuthoringError({
			status: 413,
			title: 'Request too large',
			detail: `The request body is over ${Math.round(maxBytes / 1024)} KB.`,
			field: 'body'
		});
	if (declared > maxBytes) throw tooLarge();
	const bytes = new Uint8Array(await request.arrayBuffer());
	if (bytes.byteLength > maxBytes) throw tooLarge();
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
	} catch {
		throw badRequest('body', 'The body is not valid UTF-8 JSON.');
	}
}
