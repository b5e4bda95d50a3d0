/**
 * A static SVG map of a briefing for browsers that cannot draw the interactive one (no WebGL):
 * the countries around the story's places (Natural Earth 1:50m, Crimea shown as occupied
 * Ukraine), the places as dots with their names, and the attribution. Rendered once per
 * briefing per data version with d3-geo; every string from the data is XML-escaped.
 */
import { geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasText from 'world-atlas/countries-50m.json?raw';
import type { Briefing, PlaceFeature } from '../briefing/types';
import { countriesFeatureCollection, reassignCrimea } from '../geo/countries';

const WIDTH = 1200;
const HEIGHT = 800;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

let countries: FeatureCollection | undefined;

function worldCountries(): FeatureCollection {
	if (!countries) {
		const atlas = JSON.parse(atlasText) as Topology<{ countries: GeometryCollection }>;
		countries = countriesFeatureCollection(reassignCrimea(atlas)) as FeatureCollection;
	}
	return countries;
}

export function renderStaticMap(briefing: Briefing): string {
	const places = (briefing.places.features as unknown as PlaceFeature[]).filter(
		(place) => place.geometry.type === 'Point'
	);
	// Frame the places that are not far off (context places included, Washington left out).
	const framed = places.filter((place) => {
		const [lon] = place.geometry.coordinates as number[];
		return Math.abs((lon ?? 0) - briefing.meta.defaultView.center[0]) < 60;
	});
	const frame: Feature<Geometry> = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: framed.map((p) => p.geometry.coordinates as number[])
		}
	};
	const projection = geoMercator().fitExtent(
		[
			[80, 80],
			[WIDTH - 80, HEIGHT - 80]
		],
		frame
	);
	const path = geoPath(projection);
	const emphasised = new Set(
		places.flatMap((p) => (p.properties.countryCode ? [p.properties.countryCode] : []))
	);

	const countryPaths = worldCountries()
		.features.map((country) => {
			const d = path(country);
			if (!d) return '';
			const props = (country.properties ?? {}) as { iso?: string; occupied?: boolean };
			const fill = props.occupied
				? 'url(#hatch)'
				: emphasised.has(props.iso ?? '')
					? '#e9dcc0'
					: '#f3efe6';
			return `<path d="${d}" fill="${fill}" stroke="#8a8170" stroke-width="0.8"/>`;
		})
		.join('');

	const placeMarks = places
		.map((place) => {
			const point = projection(place.geometry.coordinates as [number, number]);
			if (!point) return '';
			const [x, y] = point;
			if (x < 0 || x > WIDTH || y < 0 || y > HEIGHT) return '';
			const name = escapeXml(place.properties.name);
			const country = place.properties.kind === 'country';
			return country
				? `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" class="country">${name}</text>`
				: `<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="6" fill="#0b5394" stroke="#fff" stroke-width="2"/><text x="${(x + 10).toFixed(1)}" y="${(y + 5).toFixed(1)}">${name}</text>`;
		})
		.join('');

	const title = escapeXml(briefing.meta.title);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${title}">
<title>${title}</title>
<defs><pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#e9dcc0"/><line x1="0" y1="0" x2="0" y2="8" stroke="#b3261e" stroke-width="2"/></pattern></defs>
<style>text{font-family:'Noto Sans',sans-serif;font-size:18px;font-weight:600;fill:#14181d;paint-order:stroke;stroke:#fff;stroke-width:4px}.country{font-size:16px;letter-spacing:2px;text-transform:uppercase;fill:#4f5863;text-anchor:middle}.credit{font-size:13px;font-weight:400}</style>
<rect width="${WIDTH}" height="${HEIGHT}" fill="#cfe0ec"/>
${countryPaths}
${placeMarks}
<text x="${WIDTH - 12}" y="${HEIGHT - 12}" text-anchor="end" class="credit">Natural Earth, GeoNames · Crimea: Ukraine, occupied by Russia</text>
</svg>`;
}
