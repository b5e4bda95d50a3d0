/**
 * Valibot schemas for the files of a briefing folder, one schema per file:
 * `briefing.json` → {@link BriefingMetaSchema}, `places.geojson` → {@link PlaceCollectionSchema},
 * `platforms.json` → {@link PlatformsSchema}, `events.json` → {@link EventsSchema}.
 *
 * The schemas check shape and values that need no other file. Geometry rules of RFC 7946
 * (coordinate ranges, rings, winding, unique ids) and references between files are checked by
 * the server's validators, which can name the exact position at fault.
 */
import * as v from 'valibot';
import { isIsoDate } from './dates';
import { ID_PATTERN, ID_RULE } from './ids';
import type {
	BriefingEvent,
	BriefingMeta,
	PlaceCollection,
	Platform,
	Scene,
	Source
} from './types';

/** `p3` or `p3.s2`: a paragraph or a sentence of `article.md`. */
export const REF_PATTERN = /^p[1-9]\d*(?:\.s[1-9]\d*)?$/;

/** Quotes a value for a message, cut short so a hostile value cannot flood a report. */
function show(value: unknown): string {
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Whether `text` is an absolute http(s) URL. Sources are rendered as links, so any other
 * scheme (`javascript:`, `data:`, `file:`) would be a way to run or leak something.
 */
export function isHttpUrl(text: string): boolean {
	if (!URL.canParse(text)) return false;
	const { protocol } = new URL(text);
	return protocol === 'http:' || protocol === 'https:';
}

const IdSchema = v.pipe(
	v.string(),
	v.regex(ID_PATTERN, (issue) => `${show(issue.input)} is not a valid id: use ${ID_RULE}`)
);

const TextSchema = v.pipe(
	v.string(),
	v.check((text) => text.trim().length > 0, 'must not be blank')
);

const RefSchema = v.pipe(
	v.string(),
	v.regex(
		REF_PATTERN,
		(issue) => `${show(issue.input)} is not a reference: use p3 (paragraph) or p3.s2 (sentence)`
	)
);

const DateSchema = v.pipe(
	v.string(),
	v.check(
		(text) => isIsoDate(text),
		(issue) => `${show(issue.input)} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD`
	)
);

const DaySchema = v.pipe(
	v.string(),
	v.check(
		(text) => isIsoDate(text, 'day'),
		(issue) => `${show(issue.input)} is not a day: use YYYY-MM-DD`
	)
);

const UrlSchema = v.pipe(
	v.string(),
	v.check(
		isHttpUrl,
		(issue) => `${show(issue.input)} is not an http(s) URL: only http and https links are allowed`
	)
);

export const SourceSchema = v.strictObject({
	publisher: TextSchema,
	url: v.optional(UrlSchema),
	date: v.optional(DateSchema),
	title: v.optional(TextSchema)
});

/** Every figure and fact must say where it was read. */
const SourcesSchema = v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source'));

const LongitudeSchema = v.pipe(
	v.number(),
	v.minValue(-180, 'longitude must be within [-180, 180]'),
	v.maxValue(180, 'longitude must be within [-180, 180]')
);

const LatitudeSchema = v.pipe(
	v.number(),
	v.minValue(-90, 'latitude must be within [-90, 90]'),
	v.maxValue(90, 'latitude must be within [-90, 90]')
);

export const CameraViewSchema = v.strictObject({
	center: v.tuple([LongitudeSchema, LatitudeSchema]),
	zoom: v.pipe(v.number(), v.minValue(0), v.maxValue(24)),
	bearing: v.optional(v.pipe(v.number(), v.minValue(-360), v.maxValue(360))),
	pitch: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(85)))
});

const IdListSchema = v.optional(v.array(IdSchema), []);

/**
 * Why some required properties are required, added to the "missing required property" message
 * (a missing key is reported by the object schema, which cannot carry a message per key).
 */
export const REQUIRED_PROPERTY_REASONS: Readonly<Record<string, string>> = {
	claimedBy: 'a claim needs a claimant: say who makes it, e.g. "US"'
};

/** A non-empty list of actors, e.g. `["Iran"]`. */
const ActorsSchema = v.pipe(v.array(TextSchema), v.minLength(1, 'name at least one actor'));

/**
 * Who claims what an event or scene reports, and where the claim stands. A claim must name its
 * claimant, and a denial or confirmation must name who denies or confirms.
 */
export const AttributionSchema = v.pipe(
	v.strictObject({
		claimedBy: v.pipe(
			v.string(),
			v.check((text) => text.trim().length > 0, 'a claim needs a claimant: must not be blank')
		),
		status: v.picklist(
			['claimed', 'denied', 'confirmed'],
			(issue) => `${show(issue.input)} is not a claim status: use claimed, denied or confirmed`
		),
		deniedBy: v.optional(ActorsSchema),
		confirmedBy: v.optional(ActorsSchema)
	}),
	v.forward(
		v.check(
			(claim) => (claim.status === 'denied') === (claim.deniedBy !== undefined),
			'give deniedBy exactly when status is "denied": it says who denies the claim'
		),
		['deniedBy']
	),
	v.forward(
		v.check(
			(claim) => (claim.status === 'confirmed') === (claim.confirmedBy !== undefined),
			'give confirmedBy exactly when status is "confirmed": it says who confirms the claim'
		),
		['confirmedBy']
	)
);

export const SceneSchema = v.pipe(
	v.strictObject({
		id: IdSchema,
		title: TextSchema,
		caption: TextSchema,
		attribution: v.optional(AttributionSchema),
		camera: v.optional(CameraViewSchema),
		fitPlaces: v.optional(v.array(IdSchema)),
		layers: v.optional(v.array(TextSchema), []),
		platforms: v.optional(v.array(IdSchema)),
		highlightPlaces: IdListSchema,
		date: v.optional(DateSchema),
		notes: v.optional(v.string(), '')
	}),
	v.forward(
		v.check(
			(scene) => scene.camera !== undefined || (scene.fitPlaces?.length ?? 0) > 0,
			'a scene needs a camera or a non-empty fitPlaces list'
		),
		['camera']
	)
);

/** A name in the article that deliberately has no place, with the reason. */
export const UnmappedNameSchema = v.strictObject({
	text: TextSchema,
	refs: v.pipe(v.array(RefSchema), v.minLength(1, 'say where the article uses the name')),
	reason: TextSchema
});

/** `briefing.json`. */
export const BriefingMetaSchema = v.strictObject({
	id: IdSchema,
	title: TextSchema,
	subject: TextSchema,
	articleSource: SourceSchema,
	articleDate: DateSchema,
	defaultLaunchPlace: v.optional(IdSchema),
	defaultView: CameraViewSchema,
	scenes: v.optional(v.array(SceneSchema), []),
	unmappedNames: v.optional(v.array(UnmappedNameSchema), [])
});

export const MentionSchema = v.strictObject({
	ref: RefSchema,
	text: v.pipe(v.string(), v.nonEmpty('must not be empty')),
	sense: v.picklist(['place', 'government', 'people'])
});

/** A number in a position; RFC 7946 ranges are checked by the GeoJSON validator. */
const PositionSchema = v.pipe(
	v.array(v.pipe(v.number(), v.finite())),
	v.minLength(2, 'a position is [longitude, latitude] or [longitude, latitude, altitude]'),
	v.maxLength(3, 'a position is [longitude, latitude] or [longitude, latitude, altitude]')
);

const PointSchema = v.object({
	type: v.literal('Point'),
	coordinates: PositionSchema
});

const PolygonSchema = v.object({
	type: v.literal('Polygon'),
	coordinates: v.array(v.array(PositionSchema))
});

const MultiPolygonSchema = v.object({
	type: v.literal('MultiPolygon'),
	coordinates: v.array(v.array(v.array(PositionSchema)))
});

const PlaceGeometrySchema = v.variant('type', [PointSchema, PolygonSchema, MultiPolygonSchema]);

export const PlacePropertiesSchema = v.strictObject({
	name: TextSchema,
	aliases: v.optional(v.array(TextSchema), []),
	kind: v.picklist(['airfield', 'city', 'capital', 'country', 'region']),
	role: TextSchema,
	prominence: v.picklist(['primary', 'secondary', 'context']),
	countryCode: v.optional(
		v.pipe(
			v.string(),
			v.regex(/^\d{3}$/, 'an ISO 3166-1 numeric code has three digits, e.g. "364"')
		)
	),
	note: v.optional(TextSchema),
	sources: SourcesSchema,
	mentions: v.optional(v.array(MentionSchema), [])
});

const PlaceFeatureSchema = v.looseObject({
	type: v.literal('Feature'),
	id: IdSchema,
	geometry: PlaceGeometrySchema,
	properties: PlacePropertiesSchema
});

/** `places.geojson`: GeoJSON allows foreign members, so unknown top-level keys are kept. */
export const PlaceCollectionSchema = v.looseObject({
	type: v.literal('FeatureCollection'),
	features: v.array(PlaceFeatureSchema)
});

export const ClaimSchema = v.strictObject({
	text: TextSchema,
	sources: SourcesSchema
});

const KmSchema = v.pipe(v.number(), v.finite(), v.gtValue(0, 'a distance must be more than 0 km'));

export const RangeFigureSchema = v.pipe(
	v.strictObject({
		kind: v.picklist(['one-way-range', 'range-unstated', 'combat-radius', 'control-radius']),
		lowKm: KmSchema,
		highKm: KmSchema,
		note: v.optional(TextSchema),
		sources: SourcesSchema
	}),
	v.forward(
		v.check((figure) => figure.highKm >= figure.lowKm, 'highKm must not be below lowKm'),
		['highKm']
	)
);

export const PlatformSchema = v.pipe(
	v.strictObject({
		id: IdSchema,
		name: TextSchema,
		aliases: v.optional(v.array(TextSchema), []),
		status: v.picklist(['shown', 'context']),
		description: TextSchema,
		ranges: v.array(RangeFigureSchema),
		noRangeNote: v.optional(ClaimSchema),
		claims: v.optional(v.array(ClaimSchema), [])
	}),
	v.forward(
		v.check(
			(platform) => (platform.ranges.length === 0) === (platform.noRangeNote !== undefined),
			'give noRangeNote exactly when ranges is empty: it says, with sources, that no range is published'
		),
		['noRangeNote']
	)
);

/** `platforms.json`: an array of platforms. */
export const PlatformsSchema = v.array(PlatformSchema);

export const FactCheckSchema = v.strictObject({
	note: TextSchema,
	sources: SourcesSchema
});

export const EventSchema = v.strictObject({
	id: IdSchema,
	date: DaySchema,
	title: TextSchema,
	attribution: v.optional(AttributionSchema),
	placeIds: IdListSchema,
	locationLabel: v.optional(TextSchema),
	refs: v.optional(v.array(RefSchema), []),
	sources: SourcesSchema,
	factCheck: v.optional(FactCheckSchema)
});

/** `events.json`: an array of dated events. */
export const EventsSchema = v.array(EventSchema);

/** Fails to compile when a schema's output drifts from the type the rest of the app uses. */
type Conforms<Schema extends v.GenericSchema, Target> =
	v.InferOutput<Schema> extends Target ? true : never;

export type SchemaConformance = [
	Conforms<typeof SourceSchema, Source>,
	Conforms<typeof SceneSchema, Scene>,
	Conforms<typeof BriefingMetaSchema, BriefingMeta>,
	Conforms<typeof PlaceCollectionSchema, PlaceCollection>,
	Conforms<typeof PlatformsSchema, Platform[]>,
	Conforms<typeof EventsSchema, BriefingEvent[]>
];

/** Compile-time witness for {@link SchemaConformance}: a `never` member makes this a type error. */
export const schemaConformance: SchemaConformance = [true, true, true, true, true, true];
