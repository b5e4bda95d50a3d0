/**
 * The new-briefing form: title, publisher, URL, date and the article text, checked field by
 * field so every refusal names the field it is about.
 */
import { normaliseArticle } from '../../authoring/article-text';
import { DRAFT_LIMITS } from '../../authoring/draft';
import { isIsoDate } from '../../briefing/dates';
import { isHttpUrl } from '../../briefing/schemas';
import { AuthoringError, badRequest } from './problem';

export interface NewArticleForm {
	title: string;
	publisher: string;
	url?: string;
	date: string;
	/** Normalised: paragraphs separated by blank lines. */
	article: string;
}

function text(body: Record<string, unknown>, field: string, required: boolean, max = 500): string {
	const value = body[field];
	if (value === undefined || value === null || value === '') {
		if (required) throw badRequest(field, `${field} is required.`);
		return '';
	}
	if (typeof value !== 'string') throw badRequest(field, `${field} must be text.`);
	const trimmed = value.trim();
	if (required && !trimmed) throw badRequest(field, `${field} must not be blank.`);
	if (trimmed.length > max) throw badRequest(field, `${field} is longer than ${max} characters.`);
	return trimmed;
}

export function parseNewArticle(body: unknown): NewArticleForm {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw badRequest('body', 'Send an object with title, publisher, url, date and article.');
	}
	const fields = body as Record<string, unknown>;
	const raw = fields.article;
	if (typeof raw !== 'string' || raw.trim() === '') {
		throw badRequest('article', 'Paste the article text.');
	}
	if (Buffer.byteLength(raw, 'utf8') > DRAFT_LIMITS.articleBytes) {
		throw new AuthoringError({
			status: 413,
			title: 'Article too large',
			detail: `The article is over ${DRAFT_LIMITS.articleBytes / 1024} KB.`,
			field: 'article'
		});
	}
	const title = text(fields, 'title', true);
	const publisher = text(fields, 'publisher', true);
	const url = text(fields, 'url', false, 2000);
	if (url && !isHttpUrl(url))
		throw badRequest('url', 'The URL must start with http:// or https://.');
	const date = text(fields, 'date', true, 10);
	if (!isIsoDate(date, 'any'))
		throw badRequest('date', 'Give the date as YYYY-MM-DD (or YYYY-MM, YYYY).');
	return { title, publisher, ...(url ? { url } : {}), date, article: normaliseArticle(raw) };
}
