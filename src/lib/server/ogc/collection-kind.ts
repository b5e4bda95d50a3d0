/**
 * What a collection kind is: one entry per kind of layer a briefing offers as an OGC API
 * collection (`<briefingId>.<suffix>`). Kinds live in `registry.ts`; adding a layer is writing
 * one of these and listing it there.
 */
import type { Feature, Geometry } from 'geojson';
import type { Briefing } from '../../briefing/types';
import type { TimeInterval } from './datetime';

/** A feature as served: a GeoJSON feature whose id is unique within its collection. */
export type OgcFeature = Feature<Geometry | null> & { id: string | number };

export interface CollectionKind {
	/** The part of the collection id after the briefing id: `places` → `iran-drones-2022.places`. */
	suffix: string;
	title(briefing: Briefing): string;
	description(briefing: Briefing): string;
	/**
	 * Builds the features from a validated briefing. Called once per briefing per catalog
	 * version (the result is memoised), so it may do real work such as computing geodesics.
	 */
	buildFeatures(briefing: Briefing): OgcFeature[];
	/**
	 * The time a feature covers, for `datetime` filtering and the temporal extent. Only kinds
	 * whose features have dates define it; for others `datetime` is validated and ignored.
	 */
	timeOf?(feature: OgcFeature): TimeInterval | null;
}
