/**
 * Builds the PNG of a scene for slides and reports: the map frame scaled to the exact size
 * asked for, with the title, caption, legend line and attribution drawn over it in Canvas 2D, so
 * the picture stands on its own outside the app.
 */
import { ATTRIBUTION, wrapLines } from './export-text';

export interface ExportText {
	title: string;
	caption: string;
	legend: string;
	/** "3 / 7 · 16 July 2022". */
	meta: string;
}

const FONT_FAMILY = '"Noto Sans", system-ui, sans-serif';

/** Draws `frame` and the words onto a new canvas of `width` × `height` pixels. */
export async function composeExport(
	frame: CanvasImageSource,
	width: number,
	height: number,
	text: ExportText
): Promise<HTMLCanvasElement> {
	const canvas = document.createElement('canvas');
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('no 2D canvas to draw the export on');
	// Sizes are set for 1920 px wide and scaled, so both exports have the same layout.
	const unit = width / 1920;
	await Promise.all(
		[`700 ${40 * unit}px ${FONT_FAMILY}`, `400 ${40 * unit}px ${FONT_FAMILY}`].map((font) =>
			document.fonts.load(font).catch(() => [])
		)
	);
	context.drawImage(frame, 0, 0, width, height);

	const margin = 56 * unit;
	const lineWidth = width - 2 * margin;
	const captionSize = 44 * unit;
	context.font = `400 ${captionSize}px ${FONT_FAMILY}`;
	const captionLines = wrapLines(text.caption, lineWidth, (t) => context.measureText(t).width);
	const titleSize = 30 * unit;
	const smallSize = 22 * unit;
	const bandHeight =
		margin * 0.6 +
		titleSize * 1.4 +
		captionLines.length * captionSize * 1.25 +
		smallSize * 3.4 +
		margin * 0.4;

	context.fillStyle = 'rgba(8, 12, 16, 0.9)';
	context.fillRect(0, height - bandHeight, width, bandHeight);
	context.textBaseline = 'top';
	let y = height - bandHeight + margin * 0.6;
	context.fillStyle = '#ffd166';
	context.font = `700 ${titleSize}px ${FONT_FAMILY}`;
	context.fillText(text.title, margin, y);
	context.textAlign = 'right';
	context.fillStyle = '#c9d2db';
	context.font = `400 ${smallSize}px ${FONT_FAMILY}`;
	context.fillText(text.meta, width - margin, y + (titleSize - smallSize) / 2);
	context.textAlign = 'left';
	y += titleSize * 1.4;
	context.fillStyle = '#ffffff';
	context.font = `400 ${captionSize}px ${FONT_FAMILY}`;
	for (const line of captionLines) {
		context.fillText(line, margin, y);
		y += captionSize * 1.25;
	}
	y += smallSize * 0.6;
	context.fillStyle = '#c9d2db';
	context.font = `400 ${smallSize}px ${FONT_FAMILY}`;
	context.fillText(text.legend, margin, y, lineWidth * 0.7);
	context.textAlign = 'right';
	context.fillText(ATTRIBUTION, width - margin, y);
	context.textAlign = 'left';
	return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
	return new Promise((resolve, reject) =>
		canvas.toBlob(
			(blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
			'image/png'
		)
	);
}

/** Saves a blob through the browser's download, as a link with `download` does. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
