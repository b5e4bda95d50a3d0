/**
 * A static SVG map of a briefing for browsers that cannot draw the interactive one (no WebGL):
 * sea, land and borders around the story's places (Natural Earth 1:50m), the story's countries
 * emphasised and occupied Crimea hatched as on the live map, the places as dots with names that
 * never overlap, and the attribution. Rendered once per briefing, theme and data version with
 * d3-geo; every string from the data is XML-escaped.
 *
 * Size: the countries are clipped to the picture (Turf `bboxClip`) and simplified to half a
 * pixel (Turf `simplify`) before projection, and paths are written to a tenth of a pixel, so the
 * picture stays small (about 60 KB for the seed briefing, against 2.4 MB for the whole world).
 */
import { bboxClip } from '@turf/bbox-clip';
import { simplify } from '@turf/simplify';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasText from 'world-atlas/countries-50m.json?raw';
import { isAreaLabel } from '../briefing/place-kinds';
import { storyCountryCodes } from '../briefing/story-countries';
import type { Briefing, PlaceFeature } from '../briefing/types';
import {
	coastlines,
	countriesFeatureCollection,
	countryBorders,
	reassignCrimea,
	type CountryFeature
} from '../geo/countries';
import { toD3Winding } from '../geo/d3-winding';
import { PALETTE, type BasemapTheme } from '../styles/basemap-palette';
import { placeSymbols } from '../styles/place-symbology';
import { placeLabels, type LabelRequest, type PlacedLabel } from './static-map-labels';

export type StaticMapTheme = BasemapTheme;

const WIDTH = 1200;
const HEIGHT = 800;
/** Space kept free around the framed places, so their names fit inside the picture. */
const FRAME_PADDING = 110;
/** The strip along the bottom that holds the attribution. */
const CREDIT_STRIP = 30;
/** The picture is shown at about half its size on a laptop; labels are drawn big to stay legible. */
const SCALE = 1.7;
/** Dots grow less than names, so places a few kilometres apart (Kashan, its airfield) stay apart. */
const DOT_SCALE = 1.1;

/** Ink for names over the map, as the live map's place labels use. */
const INK: Record<StaticMapTheme, { text: string; halo: string; dotStroke: string }> = {
	light: { text: '#14181d', halo: '#ffffff', dotStroke: '#ffffff' },
	dark: { text: '#ffffff', halo: '#0c1116', dotStroke: '#0c1116' }
};

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

type CountriesTopology = Topology<{ countries: GeometryCollection }>;

interface World {
	countries: CountryFeature[];
	topology: CountriesTopology;
	coast: MultiLineString;
}

let world: World | undefined;

/** Natural Earth 1:50m with Crimea as occupied Ukraine, read once. */
function loadWorld(): World {
	if (!world) {
		const topology = reassignCrimea(JSON.parse(atlasText) as CountriesTopology);
		world = {
			countries: countriesFeatureCollection(topology).features,
			topology,
			coast: coastlines(topology)
		};
	}
	return world;
}

type Box = [west: number, south: number, east: number, north: number];

/** The picture's extent in longitude/latitude, a little larger so clipped edges stay out of sight. */
function viewBox(projection: GeoProjection): Box {
	const [west, north] = projection.invert!([-20, -20])!;
	const [east, south] = projection.invert!([WIDTH + 20, HEIGHT + 20])!;
	return [west!, south!, east!, north!];
}

/** A country cut to the view and simplified, wound for d3; null when nothing of it is in view. */
function clipPolygon(
	geometry: Polygon | MultiPolygon,
	box: Box,
	tolerance: number
): MultiPolygon | null {
	const clipped = bboxClip<Polygon | MultiPolygon>(geometry, box).geometry;
	const parts = (
		clipped.type === 'Polygon' ? [clipped.coordinates] : clipped.coordinates
	) as Position[][][];
	const kept = parts
		// A part whose exterior lies outside the view is gone, holes and all.
		.filter((rings) => (rings[0]?.length ?? 0) >= 4)
		.map((rings) => rings.filter((ring) => ring.length >= 4));
	if (kept.length === 0) return null;
	const simplified = simplify<MultiPolygon>(
		{ type: 'MultiPolygon', coordinates: kept },
		{ tolerance, highQuality: false, mutate: true }
	);
	return toD3Winding(simplified);
}

function clipLines(
	geometry: MultiLineString | LineString,
	box: Box,
	tolerance: number
): MultiLineString | null {
	const clipped = bboxClip<LineString | MultiLineString>(geometry, box).geometry;
	const lines = (
		(clipped.type === 'LineString' ? [clipped.coordinates] : clipped.coordinates) as Position[][]
	).filter((line) => line.length >= 2);
	if (lines.length === 0) return null;
	return simplify<MultiLineString>(
		{ type: 'MultiLineString', coordinates: lines },
		{ tolerance, highQuality: false, mutate: true }
	);
}

/** Point places near the story's centre: what the picture frames (Washington is left out). */
function framedPlaces(briefing: Briefing): PlaceFeature[] {
	const [centreLon] = briefing.meta.defaultView.center;
	return (briefing.places.features as unknown as PlaceFeature[]).filter((place) => {
		if (place.geometry.type !== 'Point') return false;
		const [lon] = place.geometry.coordinates as number[];
		return Math.abs((lon ?? 0) - centreLon) < 60;
	});
}

function hatchPattern(theme: StaticMapTheme): string {
	const { occupiedHatch, occupiedHatchOpacity } = PALETTE[theme];
	return `<pattern id="hatch" width="9" height="9" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="9" stroke="${occupiedHatch}" stroke-opacity="${occupiedHatchOpacity}" stroke-width="3"/></pattern>`;
}

function labelMarkup(label: PlacedLabel, className: string, letterSpacing = 0): string {
	const { box } = label;
	const x = (box.x + box.width / 2).toFixed(1);
	const y = (box.y + box.height / 2).toFixed(1);
	const spacing = letterSpacing ? ` letter-spacing="${letterSpacing}"` : '';
	const leader = label.leader
		? `<line class="leader" x1="${label.leader.x1.toFixed(1)}" y1="${label.leader.y1.toFixed(1)}" x2="${label.leader.x2.toFixed(1)}" y2="${label.leader.y2.toFixed(1)}"/>`
		: '';
	return `${leader}<text class="${className}" data-place="${escapeXml(label.id)}" x="${x}" y="${y}"${spacing}>${escapeXml(label.text)}</text>`;
}

export function renderStaticMap(briefing: Briefing, theme: StaticMapTheme = 'light'): string {
	const palette = PALETTE[theme];
	const ink = INK[theme];
	const { countries, topology, coast } = loadWorld();

	const framed = framedPlaces(briefing);
	const projection = geoMercator()
		.fitExtent(
			[
				[FRAME_PADDING, FRAME_PADDING * 0.7],
				[WIDTH - FRAME_PADDING, HEIGHT - CREDIT_STRIP - FRAME_PADDING * 0.7]
			],
			{
				type: 'MultiPoint',
				coordinates: framed.map((p) => p.geometry.coordinates as number[])
			}
		)
		.clipExtent([
			[0, 0],
			[WIDTH, HEIGHT]
		]);
	const path = geoPath(projection).digits(1);
	const box = viewBox(projection);
	const tolerance = ((box[2] - box[0]) / WIDTH) * 0.5;

	const places = briefing.places.features as unknown as PlaceFeature[];
	const storyCountries = new Set(storyCountryCodes(places));

	const fills: string[] = [];
	const hatches: string[] = [];
	for (const country of countries) {
		const geometry = clipPolygon(country.geometry, box, tolerance);
		const d = geometry && path(geometry);
		if (!d) continue;
		const emphasised = storyCountries.has(country.properties.iso ?? '');
		// The outline in the fill's own colour closes the hairline seams between neighbours.
		fills.push(`<path class="${emphasised ? 'story' : 'land'}" d="${d}"/>`);
		if (country.properties.occupied) hatches.push(`<path class="occupied" d="${d}"/>`);
	}
	const borderPath = (geometry: MultiLineString, className: string) => {
		const clipped = clipLines(geometry, box, tolerance);
		const d = clipped && path(clipped);
		return d ? `<path class="${className}" d="${d}"/>` : '';
	};
	const borderPaths = [
		borderPath(countryBorders(topology), 'border'),
		borderPath(
			countryBorders(topology, (key) => storyCountries.has(key)),
			'border story-border'
		)
	];
	const coastGeometry = clipLines(coast, box, tolerance);
	const coastPath = coastGeometry ? path(coastGeometry) : null;

	// Places, most important first, so they get the best spots.
	const symbols = placeSymbols(framed, theme).features.sort(
		(a, b) => a.properties.sortKey - b.properties.sortKey
	);
	const dots: string[] = [];
	const requests: LabelRequest[] = [];
	for (const symbol of symbols) {
		const point = projection(symbol.geometry.coordinates as [number, number]);
		if (!point) continue;
		const [x, y] = point;
		const { id, name, kind, colour, radius, labelSize } = symbol.properties;
		const isCountry = isAreaLabel(kind);
		const dotRadius = isCountry ? 0 : radius * DOT_SCALE;
		if (!isCountry) {
			dots.push(
				`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="${dotRadius.toFixed(1)}" fill="${colour}"/>`
			);
		}
		requests.push({
			id,
			text: isCountry ? name.toUpperCase() : name,
			x,
			y,
			fontSize: labelSize * SCALE,
			letterSpacing: isCountry ? 3 : 0,
			dotRadius
		});
	}
	const labels = placeLabels(requests, {
		x: 4,
		y: 4,
		width: WIDTH - 8,
		height: HEIGHT - CREDIT_STRIP - 8
	});
	const kindOf = new Map(symbols.map((s) => [s.properties.id, s.properties]));
	const labelMarks = labels
		.map((label) => {
			const symbol = kindOf.get(label.id)!;
			const size = (symbol.labelSize * SCALE).toFixed(1);
			const isCountry = isAreaLabel(symbol.kind);
			return labelMarkup(label, isCountry ? 'label country' : 'label', isCountry ? 3 : 0).replace(
				'<text ',
				`<text font-size="${size}" ${isCountry ? `fill="${symbol.colour}" ` : ''}`
			);
		})
		.join('');

	const offMap = places.filter(
		(p) => p.geometry.type === 'Point' && !framed.includes(p) && p.properties.kind !== 'country'
	);
	const offMapNote = offMap.length
		? `Not on this map: ${offMap.map((p) => p.properties.name).join('; ')} · `
		: '';
	const credit = `${offMapNote}Natural Earth, GeoNames · Crimea (hatched): Ukraine, occupied by Russia since 2014`;

	const title = escapeXml(briefing.meta.title);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${title}">
<title>${title}</title>
<defs>${hatchPattern(theme)}</defs>
<style>
.sea{fill:${palette.water}}
.land{fill:${palette.land};stroke:${palette.land};stroke-width:0.6}
.story{fill:${palette.emphasis};stroke:${palette.emphasis};stroke-width:0.6}
.occupied{fill:url(#hatch)}
.coast{fill:none;stroke:${palette.coastline};stroke-width:1}
.border{fill:none;stroke:${palette.border};stroke-width:1;stroke-dasharray:5 3}
.story-border{stroke:${palette.emphasisBorder};stroke-width:1.6;stroke-dasharray:none}
circle{stroke:${ink.dotStroke};stroke-width:3}
.leader{stroke:${ink.text};stroke-width:1.5}
text{font-family:'Noto Sans','DejaVu Sans',sans-serif;font-weight:600;fill:${ink.text};paint-order:stroke;stroke:${ink.halo};stroke-width:5px;stroke-linejoin:round;text-anchor:middle;dominant-baseline:central}
.country{font-weight:700;opacity:0.85}
.credit{font-size:15px;font-weight:400;stroke-width:0;text-anchor:end;fill:${palette.countryLabel}}
.credit-strip{fill:${palette.land};opacity:0.85}
</style>
<rect class="sea" width="${WIDTH}" height="${HEIGHT}"/>
<g>${fills.join('')}</g>
<g>${hatches.join('')}</g>
${coastPath ? `<path class="coast" d="${coastPath}"/>` : ''}
<g>${borderPaths.join('')}</g>
<g>${dots.reverse().join('')}</g>
<g>${labelMarks}</g>
<rect class="credit-strip" x="0" y="${HEIGHT - CREDIT_STRIP}" width="${WIDTH}" height="${CREDIT_STRIP}"/>
<text class="credit" x="${WIDTH - 10}" y="${HEIGHT - CREDIT_STRIP / 2}">${escapeXml(credit)}</text>
</svg>`;
}
