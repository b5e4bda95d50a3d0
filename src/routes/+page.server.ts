import { getCatalog } from '$lib/server/catalog';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
	const catalog = await getCatalog();
	return {
		briefings: [...catalog.briefings.values()].map((b) => ({
			id: b.id,
			title: b.meta.title,
			subject: b.meta.subject,
			articleDate: b.meta.articleDate
		})),
		broken: [...catalog.broken.entries()].map(([id, problems]) => ({ id, problems }))
	};
};
