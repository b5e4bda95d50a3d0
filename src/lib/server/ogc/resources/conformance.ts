/** `GET /api/conformance`: the conformance classes of OGC API – Features Part 1 this API meets. */
import { JSON_TYPE } from '../media-types';
import { assertJsonFormat, assertKnownParams } from '../params';
import type { Resource } from '../serve';

export const conformanceClasses = [
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
	'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30'
];

export const conformance: Resource = (_catalog, { url }) => {
	assertKnownParams(url.searchParams, ['f']);
	assertJsonFormat(url.searchParams);
	return { contentType: JSON_TYPE, body: { conformsTo: conformanceClasses } };
};
