/** GET /api/collections/{collectionId}/items/{featureId}: one feature. */
import { api } from '$lib/server/ogc/api';
import { endpoint } from '$lib/server/ogc/endpoint';

export const { GET, fallback } = endpoint(api.feature);
