/**
 * The explore view's state: one object, shared through context, mirrored to the URL so a link
 * restores what was on screen. MapLibre objects never live here (they stay in `$state.raw`
 * inside src/lib/map).
 */
import { getContext, setContext } from 'svelte';
import type { Briefing, PlaceFeature } from '../briefing/types';
import type { ExploreUrlState } from './url-state';

/** Layers the legend can toggle, in legend order. */
export const toggleableLayers = [
	{ id: 'places', label: 'Places in the story' },
	{ id: 'countries', label: 'Countries in the story' }
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

	get selectedPlace(): PlaceFeature | undefined {
		return this.places.find((p) => p.id === this.selectedPlaceId);
	}

	constructor(briefing: Briefing, initial: ExploreUrlState) {
		this.briefing = briefing;
		this.places = briefing.places.features as unknown as PlaceFeature[];
		this.selectedPlaceId = this.places.some((p) => p.id === initial.place)
			? initial.place
			: undefined;
		if (initial.date) this.timelineDate = initial.date;
		if (initial.layers)
			this.activeLayers = initial.layers.filter((id) => defaultLayers.includes(id));
	}

	/**
	 * Places whose every event lies after the timeline's date: not yet part of the story then,
	 * so the map dims them. Places without events are always shown.
	 */
	get placesNotYetInStory(): string[] {
		const date = this.timelineDate;
		if (!date) return [];
		return this.places
			.filter((place) => {
				const events = this.briefing.events.filter((e) => e.placeIds.includes(place.id));
				return events.length > 0 && events.every((e) => e.date > date);
			})
			.map((place) => place.id);
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
		return {
			place: this.selectedPlaceId,
			date: this.timelineDate,
			layers: layersAreDefault ? undefined : this.activeLayers
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
