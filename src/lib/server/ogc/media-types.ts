/**
 * The media types the API speaks. GDAL's OAPIF driver compares these token by token, so they
 * are spelled exactly as the specifications register them.
 */
export const JSON_TYPE = 'application/json';
export const GEOJSON_TYPE = 'application/geo+json';
export const PROBLEM_TYPE = 'application/problem+json';
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';
