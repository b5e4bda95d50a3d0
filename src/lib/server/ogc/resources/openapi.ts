/**
 * `GET /api/openapi`: the API definition (OpenAPI 3.0), the `service-desc` GIS clients read to
 * learn which query parameters exist. It lists the current collection ids, so it is built per
 * catalog version like every other response.
 */
import { listCollections } from '../collections';
import { ITEMS_PARAMS } from './items';
import { apiRoot } from '../links';
import { MAX_LIMIT, DEFAULT_LIMIT, assertJsonFormat, assertKnownParams } from '../params';
import { GEOJSON_TYPE, JSON_TYPE, OPENAPI_TYPE, PROBLEM_TYPE } from '../media-types';
import type { Resource } from '../serve';

const ref = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const problem = (description: string) => ({
	description,
	content: { [PROBLEM_TYPE]: { schema: { $ref: '#/components/schemas/problem' } } }
});
const ok = (description: string, type: string) => ({
	description,
	content: { [type]: { schema: { type: 'object' } } }
});
const errors = {
	'304': { description: 'Not modified: the ETag in If-None-Match still matches.' },
	'400': problem('A query parameter is unknown or has an invalid value.'),
	'404': problem('No such collection, feature or briefing.'),
	'503': problem('The briefing exists but its files failed validation; the problems are listed.')
};
const get = (operationId: string, summary: string, parameters: object[], type: string) => ({
	get: {
		operationId,
		summary,
		parameters: [...parameters, ref('f')],
		responses: { '200': ok(summary, type), ...errors }
	}
});

export const openapi: Resource = (catalog, { url }, context) => {
	assertKnownParams(url.searchParams, ['f']);
	assertJsonFormat(url.searchParams);
	const collectionIds = listCollections(catalog, context).map((c) => c.id);
	const itemsParameters = ITEMS_PARAMS.filter((name) => name !== 'f').map(ref);
	return {
		contentType: OPENAPI_TYPE,
		body: {
			openapi: '3.0.3',
			info: {
				title: 'briefmap',
				version: '1.0.0',
				description:
					'Map briefings built from news articles, served as OGC API – Features Part 1 (Core) with GeoJSON.'
			},
			servers: [{ url: apiRoot(url) }],
			paths: {
				'/': get('getLandingPage', 'Landing page', [], JSON_TYPE),
				'/conformance': get('getConformance', 'Conformance classes', [], JSON_TYPE),
				'/collections': get('getCollections', 'The collections', [], JSON_TYPE),
				'/collections/{collectionId}': get(
					'describeCollection',
					'One collection',
					[ref('collectionId')],
					JSON_TYPE
				),
				'/collections/{collectionId}/items': get(
					'getFeatures',
					'Features of a collection',
					[ref('collectionId'), ...itemsParameters],
					GEOJSON_TYPE
				),
				'/collections/{collectionId}/items/{featureId}': get(
					'getFeature',
					'One feature',
					[ref('collectionId'), ref('featureId')],
					GEOJSON_TYPE
				),
				'/briefings': get('getBriefings', 'The briefings, and those not served', [], JSON_TYPE),
				'/briefings/{briefingId}': get(
					'getBriefing',
					'One briefing bundle: meta, article, places, platforms, events',
					[ref('briefingId')],
					JSON_TYPE
				)
			},
			components: {
				parameters: {
					f: {
						name: 'f',
						in: 'query',
						required: false,
						description: 'Encoding; only JSON (GeoJSON for features) is served.',
						schema: { type: 'string', enum: ['json'] }
					},
					collectionId: {
						name: 'collectionId',
						in: 'path',
						required: true,
						schema: { type: 'string', enum: collectionIds }
					},
					featureId: { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } },
					briefingId: {
						name: 'briefingId',
						in: 'path',
						required: true,
						schema: { type: 'string' }
					},
					bbox: {
						name: 'bbox',
						in: 'query',
						required: false,
						description:
							'minLon,minLat,maxLon,maxLat (or with elevations, 6 numbers) in CRS84; minLon > maxLon crosses the antimeridian.',
						style: 'form',
						explode: false,
						schema: { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } }
					},
					datetime: {
						name: 'datetime',
						in: 'query',
						required: false,
						description:
							'An RFC 3339 instant or date, or an interval start/end with .. for an open end. Ignored by collections without dates.',
						style: 'form',
						explode: false,
						schema: { type: 'string' }
					},
					limit: {
						name: 'limit',
						in: 'query',
						required: false,
						style: 'form',
						explode: false,
						schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }
					},
					offset: {
						name: 'offset',
						in: 'query',
						required: false,
						description:
							'How many matching features to skip; follow the next link instead of computing it.',
						style: 'form',
						explode: false,
						schema: { type: 'integer', minimum: 0, default: 0 }
					}
				},
				schemas: {
					problem: {
						type: 'object',
						description: 'RFC 9457 problem details.',
						required: ['type', 'title', 'status', 'detail'],
						properties: {
							type: { type: 'string', format: 'uri' },
							title: { type: 'string' },
							status: { type: 'integer' },
							detail: { type: 'string' },
							instance: { type: 'string' },
							parameter: { type: 'string' },
							problems: { type: 'array', items: { type: 'object' } }
						}
					}
				}
			}
		}
	};
};
