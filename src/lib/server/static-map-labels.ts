/**
 * Label placement for the static map: every label gets a box that meets no other label, no
 * place's dot and no edge of the picture. A place's name is tried beside its dot first (right,
 * left, above, below, then the corners); where neighbours leave no room there (Kashan, Kashan
 * Airfield and Isfahan sit within 150 km of each other) it moves out along rings of growing
 * radius and a leader line ties it to its dot. A label that fits nowhere is left out rather than
 * printed over another one.
 *
 * Text is not measured (there is no font engine on the server): widths are estimated from the
 * character count with a factor that errs wide for the sans-serif faces a browser falls back to.
 */

export interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}

export interface LabelRequest {
	id: string;
	text: string;
	/** The point labelled, in picture pixels. */
	x: number;
	y: number;
	fontSize: number;
	/** Extra space between letters, in pixels (country names are spaced out). */
	letterSpacing?: number;
	/** Radius of the place's dot; 0 for a label that sits on its point (a country's name). */
	dotRadius: number;
}

export interface PlacedLabel {
	id: string;
	text: string;
	/** The text's box; the text is drawn centred in it. */
	box: Box;
	/** From the dot's edge to the box, when the label had to move away from its place. */
	leader?: { x1: number; y1: number; x2: number; y2: number };
}

/** Average advance of a character, as a share of the font size; errs wide on purpose. */
const CHARACTER_WIDTH = 0.66;
const LINE_HEIGHT = 1.25;
/** Free space kept around every label box. */
const PADDING = 3;

export function estimateTextBox(text: string, fontSize: number, letterSpacing = 0): Box {
	const width = text.length * (fontSize * CHARACTER_WIDTH + letterSpacing);
	return { x: 0, y: 0, width, height: fontSize * LINE_HEIGHT };
}

export function boxesIntersect(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function grow(box: Box, by: number): Box {
	return { x: box.x - by, y: box.y - by, width: box.width + 2 * by, height: box.height + 2 * by };
}

function inside(box: Box, frame: Box): boolean {
	return (
		box.x >= frame.x &&
		box.y >= frame.y &&
		box.x + box.width <= frame.x + frame.width &&
		box.y + box.height <= frame.y + frame.height
	);
}

/** Boxes beside the dot, nearest first: right, left, above, below, then the four corners. */
function besideCandidates(request: LabelRequest, size: Box): Box[] {
	const { x, y } = request;
	const gap = request.dotRadius + 4;
	const { width: w, height: h } = size;
	if (request.dotRadius === 0) {
		// A name on its point (a country's): centred, then nudged up or down a little.
		return [0, -1, 1, -2, 2, -3, 3].map((step) => ({
			x: x - w / 2,
			y: y - h / 2 + step * h * 0.6,
			width: w,
			height: h
		}));
	}
	return [
		{ x: x + gap, y: y - h / 2, width: w, height: h },
		{ x: x - gap - w, y: y - h / 2, width: w, height: h },
		{ x: x - w / 2, y: y - gap - h, width: w, height: h },
		{ x: x - w / 2, y: y + gap, width: w, height: h },
		{ x: x + gap * 0.7, y: y - gap * 0.7 - h, width: w, height: h },
		{ x: x + gap * 0.7, y: y + gap * 0.7, width: w, height: h },
		{ x: x - gap * 0.7 - w, y: y - gap * 0.7 - h, width: w, height: h },
		{ x: x - gap * 0.7 - w, y: y + gap * 0.7, width: w, height: h }
	];
}

/**
 * Boxes further out, on rings around the dot: the box's nearest corner or edge middle sits on
 * the ring, so the leader line stays short and points at the text.
 */
function leaderCandidates(request: LabelRequest, size: Box): Box[] {
	const out: Box[] = [];
	const { width: w, height: h } = size;
	for (const radius of [30, 46, 64, 86, 112, 142, 176]) {
		for (let step = 0; step < 24; step++) {
			const angle = (step / 24) * 2 * Math.PI;
			const dx = Math.cos(angle);
			const dy = Math.sin(angle);
			const px = request.x + dx * (request.dotRadius + radius);
			const py = request.y + dy * (request.dotRadius + radius);
			// Anchor the side of the box that faces the dot on the ring.
			const x = Math.abs(dx) < 0.3 ? px - w / 2 : dx > 0 ? px : px - w;
			const y = Math.abs(dy) < 0.3 ? py - h / 2 : dy > 0 ? py : py - h;
			out.push({ x, y, width: w, height: h });
		}
	}
	return out;
}

type Segment = { x1: number; y1: number; x2: number; y2: number };

/** From the edge of the request's dot to the nearest point of the box. */
function leaderTo(box: Box, request: LabelRequest): Segment {
	const x2 = Math.max(box.x, Math.min(request.x, box.x + box.width));
	const y2 = Math.max(box.y, Math.min(request.y, box.y + box.height));
	const length = Math.hypot(x2 - request.x, y2 - request.y);
	const start = request.dotRadius / length;
	return {
		x1: request.x + (x2 - request.x) * start,
		y1: request.y + (y2 - request.y) * start,
		x2,
		y2
	};
}

function ownDot(request: LabelRequest): Box {
	const r = request.dotRadius + 1;
	return { x: request.x - r, y: request.y - r, width: 2 * r, height: 2 * r };
}

/** Liang–Barsky: does any part of the segment lie in the box? */
function segmentMeetsBox(s: Segment, box: Box): boolean {
	const dx = s.x2 - s.x1;
	const dy = s.y2 - s.y1;
	let t0 = 0;
	let t1 = 1;
	const edges: [number, number][] = [
		[-dx, s.x1 - box.x],
		[dx, box.x + box.width - s.x1],
		[-dy, s.y1 - box.y],
		[dy, box.y + box.height - s.y1]
	];
	for (const [p, q] of edges) {
		if (p === 0) {
			if (q < 0) return false;
			continue;
		}
		const t = q / p;
		if (p < 0) t0 = Math.max(t0, t);
		else t1 = Math.min(t1, t);
		if (t0 > t1) return false;
	}
	return true;
}

function segmentsCross(a: Segment, b: Segment): boolean {
	const side = (s: Segment, x: number, y: number) =>
		Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
	return (
		side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0
	);
}

/**
 * Places the labels in the order given (most important first) inside `frame`, avoiding each
 * other and every dot in `requests`.
 */
export function placeLabels(requests: readonly LabelRequest[], frame: Box): PlacedLabel[] {
	const dots: Box[] = requests.filter((r) => r.dotRadius > 0).map(ownDot);
	const taken: Box[] = [];
	const leaders: Segment[] = [];
	const placed: PlacedLabel[] = [];
	const free = (box: Box) => {
		const padded = grow(box, PADDING);
		return (
			inside(box, frame) &&
			!taken.some((other) => boxesIntersect(padded, other)) &&
			!dots.some((dot) => boxesIntersect(padded, dot)) &&
			!leaders.some((leader) => segmentMeetsBox(leader, padded))
		);
	};
	for (const request of requests) {
		const size = estimateTextBox(request.text, request.fontSize, request.letterSpacing);
		const beside = besideCandidates(request, size).find(free);
		let box = beside;
		let leader: Segment | undefined;
		if (!box) {
			for (const candidate of leaderCandidates(request, size)) {
				if (!free(candidate)) continue;
				const line = leaderTo(candidate, request);
				// A leader may cross no label, no other leader and no other place's dot.
				const clear =
					!taken.some((other) => segmentMeetsBox(line, other)) &&
					!leaders.some((other) => segmentsCross(line, other)) &&
					!dots.some((dot) => !boxesIntersect(dot, ownDot(request)) && segmentMeetsBox(line, dot));
				if (clear) {
					box = candidate;
					leader = line;
					break;
				}
			}
		}
		if (!box) continue;
		taken.push(box);
		const label: PlacedLabel = { id: request.id, text: request.text, box };
		if (leader) {
			leaders.push(leader);
			label.leader = leader;
		}
		placed.push(label);
	}
	return placed;
}
