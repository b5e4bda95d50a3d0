/**
 * Checks the briefing's own words against its own coordinates: a sentence such as "about 17 km
 * south-east of Kashan" in a place's note, a scene's notes or an event must agree with the
 * geodesic distance and direction between the two places, so a figure copied from elsewhere
 * (a gazetteer measuring from another point) cannot contradict the map.
 */
import { solveInverse, type LonLat } from '../geo/geodesic';
import type { BriefingEvent, BriefingMeta, PlaceFeature } from './types';

/** A distance the text states from one place of the briefing to another. */
export interface StatedDistance {
	km: number;
	/** "south-east", when the text gives a direction. */
	direction?: string;
	/** The place the distance is measured from (named in the text). */
	fromPlaceId: string;
	/** The words, e.g. "17 km south-east of Kashan". */
	words: string;
}

/** A stated distance that the coordinates contradict. */
export interface DistanceMismatch {
	file: 'meta' | 'places' | 'events';
	/** JSON path keys of the text. */
	keys: (string | number)[];
	message: string;
}

/** Compass words and their azimuths, degrees clockwise from north. */
const COMPASS: Record<string, number> = {
	north: 0,
	'north-east': 45,
	east: 90,
	'south-east': 135,
	south: 180,
	'south-west': 225,
	west: 270,
	'north-west': 315
};

/** "About" in a briefing allows this much: rounding to a few km, or a few percent when far. */
function tolerance(km: number): number {
	return Math.max(1, km * 0.05);
}

/** How far a stated direction may be from the true azimuth: half the gap between compass points and a margin. */
const DIRECTION_TOLERANCE_DEG = 35;

const STATEMENT = new RegExp(
	String.raw`(\d[\d,]*(?:\.\d+)?)\s?km\s+(?:(${Object.keys(COMPASS).join('|')})\s+)?(?:of|from)\s+`,
	'g'
);

type Locatable = Pick<PlaceFeature, 'id' | 'geometry'> & {
	properties: Pick<PlaceFeature['properties'], 'name' | 'aliases'>;
};

/** Every "N km [direction] of/from <place>" in `text` that names a place of the briefing. */
export function findStatedDistances(text: string, places: readonly Locatable[]): StatedDistance[] {
	const terms = places
		.flatMap((place) =>
			[place.properties.name, ...place.properties.aliases].map((term) => ({ term, id: place.id }))
		)
		.sort((a, b) => b.term.length - a.term.length);
	const found: StatedDistance[] = [];
	for (const match of text.matchAll(STATEMENT)) {
		const after = text.slice((match.index ?? 0) + match[0].length);
		const named = terms.find(({ term }) => after.toLowerCase().startsWith(term.toLowerCase()));
		if (!named) continue;
		found.push({
			km: Number(match[1]!.replaceAll(',', '')),
			direction: match[2],
			fromPlaceId: named.id,
			words: `${match[0]}${after.slice(0, named.term.length)}`
		});
	}
	return found;
}

function pointOf(place: Locatable | undefined): LonLat | undefined {
	if (place?.geometry.type !== 'Point') return undefined;
	const [lon, lat] = place.geometry.coordinates;
	return lon === undefined || lat === undefined ? undefined : [lon, lat];
}

function angleBetween(a: number, b: number): number {
	const d = Math.abs((((a - b) % 360) + 360) % 360);
	return Math.min(d, 360 - d);
}

/** What is wrong with `stated`, measured to the place the text is about; undefined if it agrees. */
export function checkStatedDistance(
	stated: StatedDistance,
	subject: Locatable,
	places: ReadonlyMap<string, Locatable>
): string | undefined {
	const from = pointOf(places.get(stated.fromPlaceId));
	const to = pointOf(subject);
	if (!from || !to || stated.fromPlaceId === subject.id) return undefined;
	const { distanceM, initialAzimuthDeg } = solveInverse(from, to);
	const km = distanceM / 1000;
	const where = `${subject.properties.name} from ${places.get(stated.fromPlaceId)!.properties.name}`;
	if (Math.abs(km - stated.km) > tolerance(stated.km)) {
		return `"${stated.words}" contradicts the coordinates: ${where} is ${km.toFixed(1)} km on the WGS84 ellipsoid`;
	}
	if (
		stated.direction !== undefined &&
		angleBetween(initialAzimuthDeg, COMPASS[stated.direction]!) > DIRECTION_TOLERANCE_DEG
	) {
		return `"${stated.words}" contradicts the coordinates: ${where} lies at an azimuth of ${Math.round((initialAzimuthDeg + 360) % 360)}°`;
	}
	return undefined;
}

/**
 * Every stated distance in the briefing's text that its coordinates contradict. A place's role
 * and note speak of that place; a scene's caption and notes of its first highlighted place; an
 * event's title of its first place.
 */
export function checkBriefingDistances(
	meta: BriefingMeta,
	placeList: readonly PlaceFeature[],
	events: readonly BriefingEvent[]
): DistanceMismatch[] {
	const places = new Map(placeList.map((place) => [place.id, place]));
	const mismatches: DistanceMismatch[] = [];
	const check = (
		file: DistanceMismatch['file'],
		keys: (string | number)[],
		text: string | undefined,
		subjectId: string | undefined
	) => {
		const subject = subjectId === undefined ? undefined : places.get(subjectId);
		if (!text || !subject) return;
		for (const stated of findStatedDistances(text, placeList)) {
			const message = checkStatedDistance(stated, subject, places);
			if (message) mismatches.push({ file, keys, message });
		}
	};
	placeList.forEach((place, i) => {
		check('places', ['features', i, 'properties', 'role'], place.properties.role, place.id);
		check('places', ['features', i, 'properties', 'note'], place.properties.note, place.id);
	});
	meta.scenes.forEach((scene, s) => {
		check('meta', ['scenes', s, 'caption'], scene.caption, scene.highlightPlaces[0]);
		check('meta', ['scenes', s, 'notes'], scene.notes, scene.highlightPlaces[0]);
	});
	events.forEach((event, e) => {
		check('events', [e, 'title'], event.title, event.placeIds[0]);
	});
	return mismatches;
}
