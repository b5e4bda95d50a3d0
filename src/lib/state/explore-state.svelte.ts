/**
 * The explore view's state: one object, shared through context, mirrored to the URL so a link
 * restores what was on screen. MapLibre objects never live here (they stay in `$state.raw`
 * inside src/lib/map).
 */
import { getContext, setContext } from 'svelte';
import { defaultPlatforms } from '../briefing/default-platforms';
import { placesNotYetInStory } from '../briefing/known-by';
import { pointPlaces, type PointPlace } from '../briefing/launch-place';
import type { Briefing, PlaceFeature, Platform } from '../briefing/types';
import type { LonLat } from '../geo/geodesic';
import type { GeodesicLine } from '../geo/geodesic-line';
import type { RangeBands } from '../briefing/range-bands';
import { unrangedPlatformsOf, type UnrangedPlatform } from '../briefing/unranged-platforms';
import type { AnalysisGeometry } from './analysis-geometry';
import {
	defaultOrigin,
	formatLonLat,
	placePoint,
	readOrigin,
	wrapLon,
	type MapPoint
} from './launch-origin';
import type { ExploreUrlState } from './url-state';

export { formatLonLat, type MapPoint };

/**
 * Distances the server measured from the page's first launch point, so the reach list of the
 * first view is there without GeographicLib on the page.
 */
export interface MeasuredDistances {
	origin: LonLat;
	/** Metres from `origin`, by point place id. */
	distancesM: Record<string, number>;
}

/** Layers the legend can toggle, in legend order. */
export const toggleableLayers = [
	{ id: 'places', label: 'Places in the story' },
	{ id: 'countries', label: 'Countries in the story' },
	{ id: 'ranges', label: 'Range bands' }
] as const;

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
	/**
	 * The map has first settled with the briefing's places drawn. What the reader does not need
	 * to see the map (the geodesic maths, the panels' code) loads from then on.
	 */
	mapDrawn = $state(false);
	/** The distance tool is on: map clicks set the ends of the line. */
	measuring = $state(false);
	measureFrom = $state.raw<MapPoint | undefined>();
	measureTo = $state.raw<MapPoint | undefined>();

	/** Platforms that draw nothing, each with its sourced "no published range" note. */
	readonly unrangedPlatforms: UnrangedPlatform[];
	readonly #defaultOrigin: MapPoint;
	readonly #defaultPlatforms: string[];
	readonly #pointPlaces: PointPlace[];

	/** GeographicLib and the band geometry, once loaded (see {@link loadGeometry}). */
	#geometry = $state.raw<AnalysisGeometry | undefined>();
	#loadingGeometry: Promise<void> | undefined;
	readonly #serverDistances: MeasuredDistances | undefined;

	readonly #shownPlatforms: Platform[] = $derived(this.#platformsToDraw());
	/** Prepared once per platform list, then placed around the origin on every drag frame. */
	readonly #buildBands = $derived(this.#geometry?.createRangeBandBuilder(this.#shownPlatforms));
	/** The bands of the visible platforms around the current origin; none until the maths loads. */
	readonly rangeBands: RangeBands = $derived(this.#bands());
	/**
	 * Geodesic distance in metres from the origin to every point place, by id: the server's for
	 * the first launch point, measured here once the maths has loaded; undefined in between.
	 */
	readonly originDistances: Record<string, number> | undefined = $derived(this.#distances());
	/** The measured geodesic, once both ends are set (and the maths has loaded). */
	readonly measurement: GeodesicLine | undefined = $derived(
		this.measureFrom && this.measureTo
			? this.#geometry?.buildGeodesicLine(this.measureFrom.position, this.measureTo.position)
			: undefined
	);

	#bands(): RangeBands {
		return (
			this.#buildBands?.(this.origin.position) ?? {
				collection: { type: 'FeatureCollection', features: [] },
				unrangedPlatforms: this.unrangedPlatforms
			}
		);
	}

	#distances(): Record<string, number> | undefined {
		const origin = this.origin.position;
		if (this.#geometry) return this.#geometry.distancesFrom(origin, this.#pointPlaces);
		const measured = this.#serverDistances;
		return measured && measured.origin[0] === origin[0] && measured.origin[1] === origin[1]
			? measured.distancesM
			: undefined;
	}

	/**
	 * Loads the geodesic maths (GeographicLib) the bands, the reach list for a moved origin and
	 * the distance tool need. The map calls it once it has first settled; every control that
	 * needs it calls it too, so the first view does not wait for it. Resolves once loaded.
	 */
	loadGeometry(): Promise<void> {
		this.#loadingGeometry ??= import('./analysis-geometry').then((module) => {
			this.#geometry = module;
		});
		return this.#loadingGeometry;
	}

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

	/**
	 * `distances`: what the server measured from the first launch point (see
	 * {@link MeasuredDistances}); without them the maths is loaded at once.
	 */
	constructor(briefing: Briefing, initial: ExploreUrlState, distances?: MeasuredDistances) {
		this.briefing = briefing;
		this.#serverDistances = distances;
		this.places = briefing.places.features as unknown as PlaceFeature[];
		this.#pointPlaces = pointPlaces(this.places);
		this.selectedPlaceId = this.places.some((p) => p.id === initial.place)
			? initial.place
			: undefined;
		if (initial.date) this.timelineDate = initial.date;
		if (initial.layers)
			this.activeLayers = initial.layers.filter((id) => defaultLayers.includes(id));

		const platforms = briefing.platforms;
		this.unrangedPlatforms = unrangedPlatformsOf(platforms);
		this.#defaultPlatforms = defaultPlatforms(platforms).map((p) => p.id);
		this.visiblePlatforms = initial.platforms
			? platforms.filter((p) => initial.platforms!.includes(p.id)).map((p) => p.id)
			: this.#defaultPlatforms;
		const fallback = defaultOrigin(briefing);
		this.#defaultOrigin = fallback;
		const fromUrl = readOrigin(this.#pointPlaces, initial.origin);
		this.origin = fromUrl ?? fallback;
		if (fromUrl) this.#settledOrigin = initial.origin;
		// Without the server's distances for this very origin (a page that is not server-rendered,
		// a static site opened with another origin in its link), the reach list needs the maths now.
		if (typeof window !== 'undefined' && !this.originDistances) void this.loadGeometry();
	}

	/** The places that are points (not countries): launch sites, targets, ends of a measurement. */
	get pointPlaces(): PointPlace[] {
		return this.#pointPlaces;
	}

	/** A point place as a map point, or undefined if there is none with that id. */
	placePoint(placeId: string): MapPoint | undefined {
		return placePoint(this.#pointPlaces, placeId);
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
		void this.loadGeometry();
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
		void this.loadGeometry();
		this.visiblePlatforms = this.briefing.platforms
			.map((p) => p.id)
			.filter((pid) => (pid === id ? !this.isPlatformVisible(id) : this.isPlatformVisible(pid)));
	}

	/** Turns the distance tool on or off; off clears the line. */
	setMeasuring(on: boolean) {
		if (on) void this.loadGeometry();
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
