/**
 * Copies one frame of a WebGL map. The map's canvas is made without `preserveDrawingBuffer`
 * (keeping it is slower for every frame), so its pixels can only be read while the frame is
 * being drawn: ask for a repaint and copy inside the `render` event.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#triggerrepaint
 */

/** What capturing needs of a MapLibre map; structural, so this module does not import MapLibre. */
export interface RepaintableMap {
	once(type: 'render', listener: () => void): unknown;
	triggerRepaint(): void;
	getCanvas(): HTMLCanvasElement;
}

export function captureFrame(map: RepaintableMap): Promise<HTMLCanvasElement> {
	return new Promise((resolve, reject) => {
		map.once('render', () => {
			const source = map.getCanvas();
			const copy = document.createElement('canvas');
			copy.width = source.width;
			copy.height = source.height;
			const context = copy.getContext('2d');
			if (!context) return reject(new Error('no 2D canvas to copy the map into'));
			context.drawImage(source, 0, 0);
			resolve(copy);
		});
		map.triggerRepaint();
	});
}
