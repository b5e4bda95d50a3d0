/**
 * Where to put a country's name: the pole of inaccessibility of its largest part, the point inside
 * the polygon farthest from its edge (the polylabel algorithm: a quadtree search of cells, pruned by
 * the best distance any point in a cell could still reach).
 *
 * The centroid is not used because it falls outside crescent and hollow shapes (Croatia, Chile's
 * neighbours, Crimea itself); the computation runs in web-mercator space because that is where the
 * label is drawn, so "far from the edge" means far on the screen.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

type Ring = [number, number][];

const RADIANS = Math.PI / 180;

/** Longitude stays; latitude becomes the mercator y, in degree-like units. */
function project([lon, lat]: Position): [number, number] {
	const clamped = Math.max(-85, Math.min(85, lat!));
	return [lon!, Math.log(Math.tan(Math.PI / 4 + (clamped * RADIANS) / 2)) / RADIANS];
}

function unproject([x, y]: [number, number]): [number, number] {
	return [x, (2 * Math.atan(Math.exp(y * RADIANS)) - Math.PI / 2) / RADIANS];
}

function ringArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0] - ring[i]![0]) * (ring[j]![1] + ring[i]![1]);
	}
	return Math.abs(sum / 2);
}

/** Signed distance from a point to the polygon's outline: positive inside, negative outside. */
function pointToPolygonDistance(x: number, y: number, rings: Ring[]): number {
	let inside = false;
	let minSq = Infinity;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [ax, ay] = ring[i]!;
			const [bx, by] = ring[j]!;
			if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
			minSq = Math.min(minSq, segmentDistanceSq(x, y, ax, ay, bx, by));
		}
	}
	return (inside ? 1 : -1) * Math.sqrt(minSq);
}

function segmentDistanceSq(
	px: number,
	py: number,
	ax: number,
	ay: number,
	bx: number,
	by: number
): number {
	let [x, y] = [ax, ay];
	let [dx, dy] = [bx - ax, by - ay];
	if (dx !== 0 || dy !== 0) {
		const t = ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy);
		if (t > 1) [x, y] = [bx, by];
		else if (t > 0) [x, y] = [x + dx * t, y + dy * t];
	}
	[dx, dy] = [px - x, py - y];
	return dx * dx + dy * dy;
}

interface Cell {
	x: number;
	y: number;
	half: number;
	/** Distance from the cell's centre to the outline. */
	d: number;
	/** The best distance any point of the cell could have. */
	max: number;
}

function cell(x: number, y: number, half: number, rings: Ring[]): Cell {
	const d = pointToPolygonDistance(x, y, rings);
	return { x, y, half, d, max: d + half * Math.SQRT2 };
}

/** Cells by the best distance they could still reach, most promising first. */
class MaxHeap {
	private items: Cell[] = [];
	push(item: Cell): void {
		const a = this.items;
		a.push(item);
		for (let i = a.length - 1; i > 0;) {
			const parent = (i - 1) >> 1;
			if (a[parent]!.max >= a[i]!.max) break;
			[a[parent], a[i]] = [a[i]!, a[parent]!];
			i = parent;
		}
	}
	pop(): Cell | undefined {
		const a = this.items;
		const top = a[0];
		const last = a.pop();
		if (a.length > 0 && last) {
			a[0] = last;
			for (let i = 0; ;) {
				const [l, r] = [2 * i + 1, 2 * i + 2];
				let largest = i;
				if (l < a.length && a[l]!.max > a[largest]!.max) largest = l;
				if (r < a.length && a[r]!.max > a[largest]!.max) largest = r;
				if (largest === i) break;
				[a[largest], a[i]] = [a[i]!, a[largest]!];
				i = largest;
			}
		}
		return top;
	}
}

/** Pole of inaccessibility of one polygon (already projected), to within `precision`. */
function poleOfInaccessibility(
	rings: Ring[],
	precision: number
): { point: [number, number]; distance: number } {
	const outer = rings[0]!;
	let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [x, y] of outer) {
		[minX, minY, maxX, maxY] = [
			Math.min(minX, x),
			Math.min(minY, y),
			Math.max(maxX, x),
			Math.max(maxY, y)
		];
	}
	const size = Math.min(maxX - minX, maxY - minY);
	if (size === 0) return { point: [minX, minY], distance: 0 };
	const half = size / 2;

	const queue = new MaxHeap();
	for (let x = minX; x < maxX; x += size) {
		for (let y = minY; y < maxY; y += size) queue.push(cell(x + half, y + half, half, rings));
	}
	let best = cell((minX + maxX) / 2, (minY + maxY) / 2, 0, rings);
	for (let c = queue.pop(); c; c = queue.pop()) {
		if (c.d > best.d) best = c;
		if (c.max - best.d <= precision) continue;
		const h = c.half / 2;
		queue.push(cell(c.x - h, c.y - h, h, rings));
		queue.push(cell(c.x + h, c.y - h, h, rings));
		queue.push(cell(c.x - h, c.y + h, h, rings));
		queue.push(cell(c.x + h, c.y + h, h, rings));
	}
	return { point: [best.x, best.y], distance: best.d };
}

/**
 * The label point of a (Multi)Polygon: the pole of inaccessibility of its largest part as drawn on
 * a web-mercator map. Returns [longitude, latitude].
 */
export function labelPoint(geometry: Polygon | MultiPolygon, precision = 0.02): [number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const projected = polygons.map((rings) => rings.map((ring) => ring.map(project)));
	const largest = projected.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
	return unproject(poleOfInaccessibility(largest, precision).point);
}

/** Sutherland–Hodgman: the part of a closed ring on one side of a line x = at (axis 0) or y = at (axis 1). */
function clipRing(ring: Ring, axis: 0 | 1, at: number, keepAbove: boolean): Ring {
	const inside = (p: [number, number]) => (keepAbove ? p[axis] >= at : p[axis] <= at);
	const open = ring.slice(0, -1);
	const out: Ring = [];
	open.forEach((cur, i) => {
		const prev = open[(i + open.length - 1) % open.length]!;
		if (inside(cur) !== inside(prev)) {
			const t = (at - prev[axis]) / (cur[axis] - prev[axis]);
			const x = prev[0] + t * (cur[0] - prev[0]);
			const y = prev[1] + t * (cur[1] - prev[1]);
			out.push(axis === 0 ? [at, y] : [x, at]);
		}
		if (inside(cur)) out.push(cur);
	});
	return out.length >= 3 ? [...out, out[0]!] : [];
}

function clipToBox(
	rings: Ring[],
	[west, south, east, north]: [number, number, number, number]
): Ring[] {
	return rings
		.map((ring) =>
			clipRing(
				clipRing(clipRing(clipRing(ring, 0, west, true), 0, east, false), 1, south, true),
				1,
				north,
				false
			)
		)
		.filter((ring) => ring.length > 0);
}

/**
 * Extra label points for a country too big for one name to reach every regional view (Russia
 * seen from Ukraine has its single label in Siberia): one per cell of a `lonStep`×`latStep` grid
 * over its largest part, where the part in the cell is roomy enough for a name (`minDistance`,
 * in mercator degrees) and the cell does not hold the main label.
 */
export function regionalLabelPoints(
	geometry: Polygon | MultiPolygon,
	main: [number, number],
	{ lonStep = 24, latStep = 12, minDistance = 1.5, precision = 0.05 } = {}
): [number, number][] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const projected = polygons.map((rings) => rings.map((ring) => ring.map(project)));
	const largest = projected.reduce((a, b) => (ringArea(b[0]!) > ringArea(a[0]!) ? b : a));
	const lons = largest[0]!.map(([x]) => x);
	const lats = largest[0]!.map((p) => unproject(p)[1]);
	const points: [number, number][] = [];
	for (
		let lon = Math.floor(Math.min(...lons) / lonStep) * lonStep;
		lon < Math.max(...lons);
		lon += lonStep
	) {
		for (
			let lat = Math.floor(Math.min(...lats) / latStep) * latStep;
			lat < Math.max(...lats);
			lat += latStep
		) {
			const holdsMain =
				main[0] >= lon && main[0] < lon + lonStep && main[1] >= lat && main[1] < lat + latStep;
			if (holdsMain) continue;
			const [, south] = project([lon, lat]);
			const [, north] = project([lon, lat + latStep]);
			const clipped = clipToBox(largest, [lon, south, lon + lonStep, north]);
			if (clipped.length === 0 || ringArea(clipped[0]!) === 0) continue;
			const { point, distance } = poleOfInaccessibility(clipped, precision);
			if (distance >= minDistance) points.push(unproject(point));
		}
	}
	return points;
}
