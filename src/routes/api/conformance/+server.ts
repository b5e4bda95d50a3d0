/** GET /api/conformance: the conformance classes. */
import { api } from '$lib/server/ogc/api';
import { endpoint } from '$lib/server/ogc/endpoint';

export const { GET, fallback } = endpoint(api.conformance);
