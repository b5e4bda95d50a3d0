/**
 * Range bands for a briefing's platforms: what the map draws for every reported range figure.
 *
 * A figure with a low–high spread (Shahed-136: 2,000–2,500 km) becomes a band: the annulus
 * between the two rings, where the reported range may or may not reach, plus the two rings as
 * separate line features so they stroke crisply. A single figure (low = high, e.g. 1,700 km)
 * becomes the ring line alone: a thin band would suggest a spread the source does not give, and
 * would vanish at low zoom. A platform with no published range draws nothing and is listed in
 * `unrangedPlatforms`, with the note that says so.
 *
 * Every feature carries the figure's kind, so the map can draw a control radius (how far the
 * ground station can steer the drone) differently from a flight range.
 *
 * Rebuilding happens on every origin change while the launch point is dragged, so everything that
 * does not depend on the origin (radii, labels, properties) is prepared once per platform list,
 * and the traced circles are kept while the origin's latitude stays put.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { Platform, RangeFigure, RangeKind } from './types';
import { formatKmRange, rangeKindLabel } from './labels';
import { unrangedPlatformsOf, type UnrangedPlatform } from './unranged-platforms';
import type { LonLat } from '../geo/geodesic';
import type { RingPieces } from '../geo/antimeridian';
import {
	cutCircleAtAntimeridian,
	placeCircle,
	traceCircleTemplates,
	type CircleDensity,
	type CircleTemplate
} from '../geo/geodesic-circle';
import {
	annulusFromPieces,
	outlineFromPieces,
	type AreaGeometry,
	type OutlineGeometry
} from '../geo/range-rings';

/**
 * Which part of a figure a feature draws: the `band` between its rings, its `low-ring` and
 * `high-ring`, or the `single-ring` of a figure without a spread. A platform with several
 * reach figures (Shahed-129: 1,700, 1,700–1,800 and 2,000 km) also gets an `envelope`: the band
 * from its lowest to its highest reported figure, so disagreement between sources reads as
 * one area of uncertainty instead of a single confident circle.
 */
export type RangePart = 'band' | 'low-ring' | 'high-ring' | 'single-ring' | 'envelope';

export interface RangeFeatureProperties {
	/** Unique in the collection: `<platformId>/<figureIndex>/<part>`. */
	featureKey: string;
	platformId: string;
	platformName: string;
	/** Index of the figure in the platform's `ranges`; -1 for a platform's envelope. */
	figureIndex: number;
	part: RangePart;
	kind: RangeKind;
	lowKm: number;
	highKm: number;
	/** The ring's radius for ring parts; the band's outer radius for `band`. */
	radiusKm: number;
	/** "Shahed-129 · 1,700–1,800 km · range (kind unstated) · reported" */
	label: string;
	sourceCount: number;
}

export type RangeFeature = Feature<AreaGeometry | OutlineGeometry, RangeFeatureProperties> & {
	id: string;
};

export type { UnrangedPlatform };

export interface RangeBands {
	collection: FeatureCollection<AreaGeometry | OutlineGeometry, RangeFeatureProperties> & {
		features: RangeFeature[];
	};
	unrangedPlatforms: UnrangedPlatform[];
}

export interface RangeBandOptions {
	density?: CircleDensity;
}

/** Rebuilds the bands of one platform list for any origin. */
export type RangeBandBuilder = (origin: LonLat) => RangeBands;

interface FigurePlan {
	base: Omit<RangeFeatureProperties, 'featureKey' | 'part' | 'radiusKm'>;
	lowKm: number;
	highKm: number;
}

/** "Shahed-129 · 1,700–1,800 km · range (kind unstated) · reported": every figure is a claim. */
export function rangeFigureLabel(platformName: string, figure: RangeFigure): string {
	return `${platformName} · ${formatKmRange(figure.lowKm, figure.highKm)} · ${rangeKindLabel[figure.kind]} · reported`;
}

/**
 * The envelope of a platform's reach figures (control radii are a different quantity and stay
 * out), when there are several of them.
 */
function planEnvelope(platform: Platform): FigurePlan | undefined {
	const reach = platform.ranges.filter((figure) => figure.kind !== 'control-radius');
	if (reach.length < 2) return undefined;
	const lowKm = Math.min(...reach.map((figure) => figure.lowKm));
	const highKm = Math.max(...reach.map((figure) => figure.highKm));
	if (lowKm === highKm) return undefined;
	const kinds = new Set(reach.map((figure) => figure.kind));
	const kind = kinds.size === 1 ? reach[0]!.kind : 'range-unstated';
	return {
		lowKm,
		highKm,
		base: {
			platformId: platform.id,
			platformName: platform.name,
			figureIndex: -1,
			kind,
			lowKm,
			highKm,
			label: `${platform.name} · ${formatKmRange(lowKm, highKm)} · spread of ${reach.length} reported figures (${rangeKindLabel[kind]})`,
			sourceCount: reach.reduce((sum, figure) => sum + figure.sources.length, 0)
		}
	};
}

function planFigures(platforms: readonly Platform[]): FigurePlan[] {
	const envelopes = platforms.flatMap((platform) => planEnvelope(platform) ?? []);
	return envelopes.concat(
		platforms.flatMap((platform) =>
			platform.ranges.map((figure, figureIndex) => ({
				lowKm: figure.lowKm,
				highKm: figure.highKm,
				base: {
					platformId: platform.id,
					platformName: platform.name,
					figureIndex,
					kind: figure.kind,
					lowKm: figure.lowKm,
					highKm: figure.highKm,
					label: rangeFigureLabel(platform.name, figure),
					sourceCount: figure.sources.length
				}
			}))
		)
	);
}

function feature(
	plan: FigurePlan,
	part: RangePart,
	radiusKm: number,
	geometry: AreaGeometry | OutlineGeometry
): RangeFeature {
	const featureKey =
		part === 'envelope'
			? `${plan.base.platformId}/envelope`
			: `${plan.base.platformId}/${plan.base.figureIndex}/${part}`;
	return {
		type: 'Feature',
		id: featureKey,
		geometry,
		properties: { ...plan.base, featureKey, part, radiusKm }
	};
}

/**
 * Prepares the bands of `platforms` once, returning a function that places them around any
 * origin: call it on every drag frame. Returns the same object for the same origin twice in a row.
 */
export function createRangeBandBuilder(
	platforms: readonly Platform[],
	options: RangeBandOptions = {}
): RangeBandBuilder {
	const plans = planFigures(platforms);
	const radiiKm = [...new Set(plans.flatMap((plan) => [plan.lowKm, plan.highKm]))].sort(
		(a, b) => a - b
	);
	const unrangedPlatforms = unrangedPlatformsOf(platforms);
	let templatesLat = NaN;
	let templates: CircleTemplate[] = [];
	let lastOrigin: LonLat | undefined;
	let lastBands: RangeBands | undefined;

	return (origin) => {
		if (lastBands && lastOrigin && lastOrigin[0] === origin[0] && lastOrigin[1] === origin[1]) {
			return lastBands;
		}
		if (origin[1] !== templatesLat) {
			templates = radiiKm.length
				? traceCircleTemplates(
						origin[1],
						radiiKm.map((km) => km * 1000),
						options.density
					)
				: [];
			templatesLat = origin[1];
		}
		const pieces = new Map<number, RingPieces>();
		const outlines = new Map<number, OutlineGeometry>();
		radiiKm.forEach((km, i) => {
			pieces.set(
				km,
				cutCircleAtAntimeridian(placeCircle(templates[i] as CircleTemplate, origin[0]))
			);
		});
		const piecesOf = (km: number) => pieces.get(km) as RingPieces;
		const outlineOf = (km: number) => {
			let outline = outlines.get(km);
			if (!outline) outlines.set(km, (outline = outlineFromPieces(piecesOf(km))));
			return outline;
		};
		const features: RangeFeature[] = [];
		for (const plan of plans) {
			if (plan.base.figureIndex === -1) {
				features.push(
					feature(
						plan,
						'envelope',
						plan.highKm,
						annulusFromPieces(piecesOf(plan.highKm), piecesOf(plan.lowKm))
					)
				);
				continue;
			}
			if (plan.lowKm === plan.highKm) {
				features.push(feature(plan, 'single-ring', plan.highKm, outlineOf(plan.highKm)));
				continue;
			}
			features.push(
				feature(
					plan,
					'band',
					plan.highKm,
					annulusFromPieces(piecesOf(plan.highKm), piecesOf(plan.lowKm))
				),
				feature(plan, 'low-ring', plan.lowKm, outlineOf(plan.lowKm)),
				feature(plan, 'high-ring', plan.highKm, outlineOf(plan.highKm))
			);
		}
		lastOrigin = [origin[0], origin[1]];
		lastBands = { collection: { type: 'FeatureCollection', features }, unrangedPlatforms };
		return lastBands;
	};
}

/** Builders by platform list (compared by identity: validated briefing data is never mutated). */
const buildersByPlatforms = new WeakMap<
	readonly Platform[],
	{ densityKey: string; build: RangeBandBuilder }
>();

/**
 * The range bands of `platforms` around `origin`. The preparation that does not depend on the
 * origin is kept per platform list, so calling this on every drag frame stays cheap.
 */
export function buildRangeBands(
	platforms: readonly Platform[],
	origin: LonLat,
	options: RangeBandOptions = {}
): RangeBands {
	const densityKey = JSON.stringify(options.density ?? {});
	let cached = buildersByPlatforms.get(platforms);
	if (!cached || cached.densityKey !== densityKey) {
		cached = { densityKey, build: createRangeBandBuilder(platforms, options) };
		buildersByPlatforms.set(platforms, cached);
	}
	return cached.build(origin);
}
