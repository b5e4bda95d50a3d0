/**
 * A `transformStyle` for `map.setStyle(next, { diff: true, transformStyle })` that swaps the base
 * style (the basemap) while keeping the sources and layers added to the map since, each in its
 * place relative to the base layers. Without it a theme switch would drop every overlay.
 * https://maplibre.org/maplibre-gl-js/docs/API/type-aliases/TransformStyleFunction/
 */
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';

/**
 * @param base the base style last applied: what it holds is replaced, anything else was added
 * @param previous the map's current style (base + added)
 * @param next the new base style
 */
export function keepAddedLayers(
	base: StyleSpecification,
	previous: StyleSpecification | undefined,
	next: StyleSpecification
): StyleSpecification {
	if (!previous) return next;
	const baseLayerIds = new Set(base.layers.map((l) => l.id));
	const baseSourceIds = new Set(Object.keys(base.sources));
	const nextLayers = new Map(next.layers.map((l) => [l.id, l]));

	// Walk the current order: base layers become their new version (or go, if `next` has
	// none), added layers stay where they are.
	const layers = previous.layers.flatMap((layer): LayerSpecification[] => {
		if (!baseLayerIds.has(layer.id)) return [layer];
		const replacement = nextLayers.get(layer.id);
		return replacement ? [replacement] : [];
	});
	// Base layers new in `next` go after the last base layer, in their own order.
	const placed = new Set(layers.map((l) => l.id));
	const fresh = next.layers.filter((l) => !placed.has(l.id));
	const lastBase = layers.findLastIndex((l) => nextLayers.has(l.id));
	layers.splice(lastBase + 1, 0, ...fresh);

	const addedSources = Object.fromEntries(
		Object.entries(previous.sources).filter(([id]) => !baseSourceIds.has(id))
	);
	return { ...next, sources: { ...next.sources, ...addedSources }, layers };
}
