/** GET /api/collections/{collectionId}: one collection’s description and extent. */
import { api } from '$lib/server/ogc/api';
import { endpoint } from '$lib/server/ogc/endpoint';

export const { GET, fallback } = endpoint(api.collection);
