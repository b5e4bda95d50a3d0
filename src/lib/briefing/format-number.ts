/**
 * How the app writes distances and bearings: to 0.1, with thousands separators, in English, so
 * the panel, the map's labels and the tests read the same figures.
 */
const oneDecimal = new Intl.NumberFormat('en-US', {
	minimumFractionDigits: 1,
	maximumFractionDigits: 1
});

/** "2,514.3 km" — to 0.1 km, the precision the panel and the label show. */
export function formatKm(km: number): string {
	return `${oneDecimal.format(km)} km`;
}

/** "1,357.6 nmi". */
export function formatNm(nm: number): string {
	return `${oneDecimal.format(nm)} nmi`;
}

/** "315.2°", in [0, 360). */
export function formatBearing(deg: number): string {
	const rounded = Math.round(deg * 10) / 10;
	return `${(rounded >= 360 ? 0 : rounded).toFixed(1)}°`;
}
