/** GET /api/collections: every collection of every served briefing. */
import { api } from '$lib/server/ogc/api';
import { endpoint } from '$lib/server/ogc/endpoint';

export const { GET, fallback } = endpoint(api.collections);
