/**
 * Where to put a pointer to something off screen: the point where the line from the centre of a
 * box to the target leaves the box (inset by a margin), and the angle of that line. Pure screen
 * geometry, used for the map's pointers to places outside the view (Washington, seen from a
 * regional map of the Middle East).
 */

export interface EdgePointer {
	x: number;
	y: number;
	/** Degrees, clockwise from east (screen coordinates: y grows downwards). */
	angleDeg: number;
}

/** Returns undefined when the target is inside the box (no pointer needed). */
export function edgePointer(
	target: { x: number; y: number },
	width: number,
	height: number,
	inset: number
): EdgePointer | undefined {
	if (target.x >= 0 && target.x <= width && target.y >= 0 && target.y <= height) return undefined;
	const cx = width / 2;
	const cy = height / 2;
	const dx = target.x - cx;
	const dy = target.y - cy;
	const halfW = Math.max(1, cx - inset);
	const halfH = Math.max(1, cy - inset);
	// Scale the direction so it touches the nearer of the vertical and horizontal edges.
	const scale = Math.min(
		dx === 0 ? Infinity : halfW / Math.abs(dx),
		dy === 0 ? Infinity : halfH / Math.abs(dy)
	);
	return {
		x: cx + dx * scale,
		y: cy + dy * scale,
		angleDeg: (Math.atan2(dy, dx) * 180) / Math.PI
	};
}
