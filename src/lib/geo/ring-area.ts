/**
 * The signed area of a ring in its own plane (the shoelace formula): positive when the ring runs
 * counter-clockwise, as RFC 7946 winds exterior rings, negative when clockwise. Works on any
 * planar coordinates (lon/lat degrees, projected metres or pixels); the closing position may be
 * repeated or left out.
 */
export function signedRingArea(ring: readonly (readonly number[])[]): number {
	let sum = 0;
	const n = ring.length;
	for (let i = 0; i < n; i++) {
		const [x1 = 0, y1 = 0] = ring[i]!;
		const [x2 = 0, y2 = 0] = ring[(i + 1) % n]!;
		sum += x1 * y2 - x2 * y1;
	}
	return sum / 2;
}
