/**
 * The explore view's state: one object, shared through context, mirrored to the URL so a link
 * restores what was on screen. MapLibre objects never live here (they stay in `$state.raw`
 * inside src/lib/map).
 */
import { getContext, setContext } from 'svelte';
import { defaultPlatforms } from '../briefing/default-platforms';
import { placesNotYetInStory } from '../briefing/known-by';
import { launchPlace, pointPlaces, type PointPlace } from '../briefing/launch-place';
import type { Briefing, PlaceFeature, Platform } from '../briefing/types';
import type { LonLat } from '../geo/geodesic';
import { buildGeodesicLine, type GeodesicLine } from '../geo/geodesic-line';
import {
	createRangeBandBuilder,
	type RangeBands,
	type UnrangedPlatform
} from '../briefing/range-bands';
import type { ExploreUrlState } from './url-state';

/** Layers the legend can toggle, in legend order. */
export const toggleableLayers = [
	{ id: 'places', label: 'Places in the story' },
	{ id: 'countries', label: 'Countries in the story' },
	{ id: 'ranges', label: 'Range bands' }
] as const;

/** A launch point or an end of a measured line: a place of the briefing, or any position. */
export interface MapPoint {
	position: LonLat;
	placeId?: string;
}

/** Longitude into [-180, 180), so a point dragged across a world copy stays the same point. */
function wrapLon(lon: number): number {
	return ((((lon + 180) % 360) + 360) % 360) - 180;
}

/** "51.577,33.895": a dragged launch point, short enough for a link, to about 100 m. */
export function formatLonLat([lon, lat]: LonLat): string {
	const round = (value: number) => String(Math.round(value * 1000) / 1000);
	return `${round(lon)},${round(lat)}`;
}

export type LayerId = (typeof toggleableLayers)[number]['id'];
const defaultLayers: string[] = toggleableLayers.map((layer) => layer.id);

export class ExploreState {
	readonly briefing: Briefing;
	readonly places: PlaceFeature[];
	selectedPlaceId = $state<string | undefined>();
	/** A place hovered or focused in the article: highlighted on the map, not selected. */
	previewPlaceId = $state<string | undefined>();
	activeLayers = $state<string[]>(defaultLayers);
	/** The timeline's cursor (YYYY-MM-DD); undefined means "now": everything is known. */
	timelineDate = $state<string | undefined>();
	/** Platforms whose range bands are drawn and listed. */
	visiblePlatforms = $state<string[]>([]);
	/** Where the bands are centred; moves on every frame of a drag. */
	origin = $state.raw<MapPoint>({ position: [0, 0] });
	/** The origin as the URL keeps it: set when a drag ends, not on every frame of it. */
	#settledOrigin = $state<string | undefined>();
	/** The distance tool is on: map clicks set the ends of the line. */
	measuring = $state(false);
	measureFrom = $state.raw<MapPoint | undefined>();
	measureTo = $state.raw<MapPoint | undefined>();

	/** Platforms that draw nothing, each with its sourced "no published range" note. */
	readonly unrangedPlatforms: UnrangedPlatform[];
	readonly #defaultOrigin: MapPoint;
	readonly #defaultPlatforms: string[];
	readonly #pointPlaces: PointPlace[];

	readonly #shownPlatforms: Platform[] = $derived(this.#platformsToDraw());
	/** Prepared once per platform list, then placed around the origin on every drag frame. */
	readonly #buildBands = $derived(createRangeBandBuilder(this.#shownPlatforms));
	/** The bands of the visible platforms around the current origin. */
	readonly rangeBands: RangeBands = $derived(this.#buildBands(this.origin.position));
	/** The measured geodesic, once both ends are set. */
	readonly measurement: GeodesicLine | undefined = $derived(
		this.measureFrom && this.measureTo
			? buildGeodesicLine(this.measureFrom.position, this.measureTo.position)
			: undefined
	);

	#platformsToDraw(): Platform[] {
		return this.briefing.platforms.filter(
			(p) => this.visiblePlatforms.includes(p.id) && p.ranges.length > 0
		);
	}

	/** Visible platforms that have a range to draw, in briefing order. */
	get shownPlatforms(): Platform[] {
		return this.#shownPlatforms;
	}

	get selectedPlace(): PlaceFeature | undefined {
		return this.places.find((p) => p.id === this.selectedPlaceId);
	}

	constructor(briefing: Briefing, initial: ExploreUrlState) {
		this.briefing = briefing;
		this.places = briefing.places.features as unknown as PlaceFeature[];
		this.#pointPlaces = pointPlaces(this.places);
		this.selectedPlaceId = this.places.some((p) => p.id === initial.place)
			? initial.place
			: undefined;
		if (initial.date) this.timelineDate = initial.date;
		if (initial.layers)
			this.activeLayers = initial.layers.filter((id) => defaultLayers.includes(id));

		const platforms = briefing.platforms;
		this.unrangedPlatforms = createRangeBandBuilder(platforms)([0, 0]).unrangedPlatforms;
		this.#defaultPlatforms = defaultPlatforms(platforms).map((p) => p.id);
		this.visiblePlatforms = initial.platforms
			? platforms.filter((p) => initial.platforms!.includes(p.id)).map((p) => p.id)
			: this.#defaultPlatforms;
		const launch = launchPlace(briefing);
		const fallback: MapPoint = launch
			? { position: launch.position, placeId: launch.placeId }
			: { position: [0, 0] };
		this.#defaultOrigin = fallback;
		const fromUrl = this.#readOrigin(initial.origin);
		this.origin = fromUrl ?? fallback;
		if (fromUrl) this.#settledOrigin = initial.origin;
	}

	/** The places that are points (not countries): launch sites, targets, ends of a measurement. */
	get pointPlaces(): PointPlace[] {
		return this.#pointPlaces;
	}

	/** A point place as a map point, or undefined if there is none with that id. */
	placePoint(placeId: string): MapPoint | undefined {
		const place = this.pointPlaces.find((p) => p.placeId === placeId);
		return place && { position: place.position, placeId: place.placeId };
	}

	#readOrigin(value: string | undefined): MapPoint | undefined {
		if (!value) return undefined;
		const place = this.placePoint(value);
		if (place) return place;
		const [lon, lat] = value.split(',').map(Number);
		if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat))
			return undefined;
		if (Math.abs(lat) > 90) return undefined;
		return { position: [wrapLon(lon), lat] };
	}

	/** The origin's name for the panel: the place's, or its coordinates. */
	get originLabel(): string {
		const { placeId, position } = this.origin;
		const place = placeId ? this.pointPlaces.find((p) => p.placeId === placeId) : undefined;
		if (place) return place.name;
		const [lon, lat] = position;
		return `${Math.abs(lat).toFixed(3)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(3)}° ${lon >= 0 ? 'E' : 'W'}`;
	}

	/**
	 * Moves the launch point. `live` is for the frames of a drag: the bands follow, the URL waits
	 * for the final position (browsers throttle history updates).
	 */
	moveOrigin(point: MapPoint, live = false) {
		const position: LonLat = [
			wrapLon(point.position[0]),
			Math.max(-85, Math.min(85, point.position[1]))
		];
		this.origin = { ...point, position };
		if (live) return;
		this.#settledOrigin =
			point.placeId === this.#defaultOrigin.placeId && point.placeId
				? undefined
				: (point.placeId ?? formatLonLat(position));
	}

	setOriginPlace(placeId: string) {
		const point = this.placePoint(placeId);
		if (point) this.moveOrigin(point);
	}

	isPlatformVisible(id: string): boolean {
		return this.visiblePlatforms.includes(id);
	}

	togglePlatform(id: string) {
		this.visiblePlatforms = this.briefing.platforms
			.map((p) => p.id)
			.filter((pid) => (pid === id ? !this.isPlatformVisible(id) : this.isPlatformVisible(pid)));
	}

	/** Turns the distance tool on or off; off clears the line. */
	setMeasuring(on: boolean) {
		this.measuring = on;
		if (!on) {
			this.measureFrom = undefined;
			this.measureTo = undefined;
		}
	}

	/** A click while measuring: the first sets the start, the second the end, a third starts over. */
	addMeasurePoint(point: MapPoint) {
		if (!this.measureFrom || this.measureTo) {
			this.measureFrom = point;
			this.measureTo = undefined;
		} else {
			this.measureTo = point;
		}
	}

	/**
	 * Places whose every event lies after the timeline's date: not yet part of the story then,
	 * so the map dims them. Places without events are always shown.
	 */
	get placesNotYetInStory(): string[] {
		const date = this.timelineDate;
		return date ? placesNotYetInStory(this.places, this.briefing.events, date) : [];
	}

	isLayerActive(id: string): boolean {
		return this.activeLayers.includes(id);
	}

	toggleLayer(id: string) {
		this.activeLayers = this.isLayerActive(id)
			? this.activeLayers.filter((layer) => layer !== id)
			: defaultLayers.filter((layer) => layer === id || this.activeLayers.includes(layer));
	}

	select(placeId: string | undefined) {
		this.selectedPlaceId = placeId;
	}

	/** What goes into the URL; defaults are left out to keep links short. */
	get urlState(): ExploreUrlState {
		const layersAreDefault =
			this.activeLayers.length === defaultLayers.length &&
			defaultLayers.every((id) => this.activeLayers.includes(id));
		const platformsAreDefault =
			this.visiblePlatforms.length === this.#defaultPlatforms.length &&
			this.#defaultPlatforms.every((id) => this.visiblePlatforms.includes(id));
		return {
			place: this.selectedPlaceId,
			date: this.timelineDate,
			layers: layersAreDefault ? undefined : this.activeLayers,
			origin: this.#settledOrigin,
			platforms: platformsAreDefault ? undefined : this.visiblePlatforms
		};
	}
}

const key = Symbol('explore-state');

export function setExploreState(state: ExploreState): ExploreState {
	return setContext(key, state);
}

/** The explore view's state; throws outside the explore view, where there is none. */
export function getExploreState(): ExploreState {
	const state = getContext<ExploreState | undefined>(key);
	if (!state) throw new Error('getExploreState() called outside the explore view');
	return state;
}
