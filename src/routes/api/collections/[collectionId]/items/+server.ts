/** GET /api/collections/{collectionId}/items: features, with bbox, datetime, limit and offset. */
import { api } from '$lib/server/ogc/api';
import { endpoint } from '$lib/server/ogc/endpoint';

export const { GET, fallback } = endpoint(api.items);
