import { error } from '@sveltejs/kit';
import { requireBriefing } from '$lib/server/briefing-lookup';
import { ExportInputMissing, offlineFile } from '$lib/server/export/offline-file';
import type { RequestHandler } from './$types';

/** The briefing as one HTML file that works from disk with no server and no network. */
export const GET: RequestHandler = async ({ params }) => {
	const briefing = await requireBriefing(params.id);
	const html = await offlineFile(briefing).catch((cause: unknown) => {
		if (cause instanceof ExportInputMissing) error(503, { message: cause.message });
		throw cause;
	});
	return new Response(html, {
		headers: {
			'content-type': 'text/html; charset=utf-8',
			'content-disposition': `attachment; filename="${briefing.id}.html"`,
			'cache-control': 'public, max-age=0, must-revalidate'
		}
	});
};
