/**
 * Sea and ocean label points. Placed by hand, cartographically (open water, along the body's
 * long axis, clear of the coasts that carry country labels); these are label anchors, not
 * figures, and nothing measures from them.
 */
import type { FeatureCollection, Point } from 'geojson';

export interface SeaProperties {
	name: string;
	kind: 'ocean' | 'sea';
	minzoom: number;
}

const SEAS: [
	name: string,
	kind: SeaProperties['kind'],
	lon: number,
	lat: number,
	minzoom: number
][] = [
	['Atlantic Ocean', 'ocean', -38, 28, 0],
	['Indian Ocean', 'ocean', 78, -18, 0],
	['Pacific Ocean', 'ocean', -140, 8, 0],
	['Pacific Ocean', 'ocean', 165, 20, 1],
	['Arctic Ocean', 'ocean', 0, 82, 1],
	['Mediterranean Sea', 'sea', 18.5, 34.3, 3],
	['Black Sea', 'sea', 34.6, 43.2, 3],
	['Caspian Sea', 'sea', 50.9, 41.7, 3],
	['Red Sea', 'sea', 38.6, 20.2, 3],
	['Persian Gulf', 'sea', 51.3, 27.2, 3],
	['Gulf of Oman', 'sea', 58.9, 24.4, 4],
	['Arabian Sea', 'sea', 63, 15.5, 3],
	['Sea of Azov', 'sea', 36.6, 46.1, 5],
	['Baltic Sea', 'sea', 19.4, 56.8, 4]
];

export function seaLabels(): FeatureCollection<Point, SeaProperties> {
	return {
		type: 'FeatureCollection',
		features: SEAS.map(([name, kind, lon, lat, minzoom]) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [lon, lat] },
			properties: { name, kind, minzoom }
		}))
	};
}
