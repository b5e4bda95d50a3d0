/**
 * Lifts labelled markers clear of each other. The review screen's markers are labels (a place's
 * name on a button) anchored at their point's bottom centre, and the geoparser places what the
 * gazetteer lacks (a hospital, a road, a village it does not hold) at the point of the town the
 * article names, so several can share one spot, and neighbouring towns' labels meet at small
 * zooms. Drawn as they are, they lie on top of each other and only the last can be read or
 * clicked. In the order given, each marker keeps its place if it is clear of those already
 * placed, else rises just above the label in its way, and again, until it is clear: a column
 * above the point.
 */
export interface MarkerBox {
	id: string;
	/** The anchor, the middle of the label's bottom edge, in screen pixels. */
	x: number;
	y: number;
	width: number;
	height: number;
}

interface Rect {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

const MAX_STEPS = 8;

function overlaps(a: Rect, b: Rect, gap: number): boolean {
	return (
		a.left < b.right + gap &&
		b.left < a.right + gap &&
		a.top < b.bottom + gap &&
		b.top < a.bottom + gap
	);
}

/** Pixels to lift each marker by, by id (0 where it is already clear). */
export function markerLifts(boxes: readonly MarkerBox[], gap = 2): Map<string, number> {
	const placed: Rect[] = [];
	const lifts = new Map<string, number>();
	for (const box of boxes) {
		const at = (lift: number): Rect => ({
			left: box.x - box.width / 2,
			right: box.x + box.width / 2,
			top: box.y - lift - box.height,
			bottom: box.y - lift
		});
		let lift = 0;
		for (let step = 0; step < MAX_STEPS; step++) {
			const hit = placed.find((r) => overlaps(at(lift), r, gap));
			if (!hit) break;
			// Just above the label in the way.
			lift = box.y - hit.top + gap;
		}
		placed.push(at(lift));
		lifts.set(box.id, lift);
	}
	return lifts;
}
