/** GET /api/briefings/{id}: one briefing’s whole bundle for the page. */
import { api } from '$lib/server/ogc/api';
import { endpoint } from '$lib/server/ogc/endpoint';

export const { GET, fallback } = endpoint(api.briefing);
