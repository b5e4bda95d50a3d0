/** GET /api: the OGC API – Features landing page. */
import { api } from '$lib/server/ogc/api';
import { endpoint } from '$lib/server/ogc/endpoint';

export const { GET, fallback } = endpoint(api.landing);
