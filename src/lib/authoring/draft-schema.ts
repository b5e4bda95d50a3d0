/**
 * The shape of a draft sent by the editor. Only types are checked here: a draft may hold what
 * would not yet publish (a blank role, a month where a day is needed) — that is for the briefing
 * validation to report beside the field. What this refuses is what the server could not even
 * write out as files.
 */
import * as v from 'valibot';

const Str = v.string();
const Num = v.pipe(v.number(), v.finite());
const Status = v.picklist(['proposed', 'accepted', 'rejected']);
const Sense = v.picklist(['place', 'government', 'people']);

const SourceShape = v.object({
	publisher: Str,
	url: v.optional(Str),
	date: v.optional(Str),
	title: v.optional(Str)
});

const CandidateShape = v.object({
	name: Str,
	kind: Str,
	lat: Num,
	lon: Num,
	gazetteer: v.object({ source: Str, id: Str }),
	score: Num
});

const PlaceShape = v.object({
	status: Status,
	chosen: v.nullable(v.pipe(v.number(), v.integer())),
	candidates: v.array(CandidateShape),
	feature: v.object({
		type: v.literal('Feature'),
		id: Str,
		geometry: v.object({ type: v.literal('Point'), coordinates: v.tuple([Num, Num]) }),
		properties: v.object({
			name: Str,
			aliases: v.array(Str),
			kind: Str,
			role: Str,
			prominence: Str,
			countryCode: v.optional(Str),
			note: v.optional(Str),
			sources: v.array(SourceShape),
			mentions: v.array(v.unknown())
		})
	})
});

const MentionShape = v.object({
	id: Str,
	start: v.pipe(v.number(), v.integer(), v.minValue(0)),
	end: v.pipe(v.number(), v.integer(), v.minValue(0)),
	text: Str,
	placeId: Str,
	sense: Sense,
	status: Status
});

const EventShape = v.object({
	status: Status,
	attribution: v.optional(
		v.object({
			claimedBy: Str,
			status: v.picklist(['claimed', 'denied', 'confirmed']),
			deniedBy: v.optional(v.array(Str)),
			confirmedBy: v.optional(v.array(Str))
		})
	),
	found: v.optional(v.object({ text: Str, start: Num, end: Num, sentence: Str, precision: Str })),
	event: v.object({
		id: Str,
		date: Str,
		title: Str,
		placeIds: v.array(Str),
		locationLabel: v.optional(Str),
		refs: v.array(Str),
		sources: v.array(SourceShape),
		factCheck: v.optional(v.object({ note: Str, sources: v.array(SourceShape) }))
	})
});

/** Meta and platforms are checked in full by the briefing schemas once written as files. */
export const DraftDocumentShape = v.object({
	format: v.literal(1),
	id: Str,
	meta: v.looseObject({ scenes: v.array(v.looseObject({ id: Str })) }),
	article: Str,
	places: v.array(PlaceShape),
	mentions: v.array(MentionShape),
	events: v.array(EventShape),
	platforms: v.array(v.looseObject({ id: Str }))
});
