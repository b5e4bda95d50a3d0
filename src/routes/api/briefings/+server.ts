/** GET /api/briefings: the briefings, and the broken ones with their problems. */
import { api } from '$lib/server/ogc/api';
import { endpoint } from '$lib/server/ogc/endpoint';

export const { GET, fallback } = endpoint(api.briefings);
