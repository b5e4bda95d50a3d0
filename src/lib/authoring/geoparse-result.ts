/**
 * The geoparser's result as the editor reads it: proposed places with their ranked gazetteer
 * candidates and every mention, and the dates found in the text (offsets into the text given
 * to the parser). The types are the geoparser's own, under the names the editor uses.
 */
export type {
	GazetteerRef,
	PlaceCandidate as GeoparseCandidate,
	PlaceMention as GeoparseMention,
	GeoparsedPlace as GeoparsePlace,
	GeoparsedDate as GeoparseDate,
	GeoparseResult
} from '../geoparse';
