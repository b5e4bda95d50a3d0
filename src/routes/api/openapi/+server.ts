/** GET /api/openapi: the OpenAPI 3.0 definition (the landing page’s service-desc). */
import { api } from '$lib/server/ogc/api';
import { endpoint } from '$lib/server/ogc/endpoint';

export const { GET, fallback } = endpoint(api.openapi);
