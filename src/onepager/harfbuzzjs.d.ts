/** The part of harfbuzzjs (which ships no types) that the text measurer uses. */
declare module 'harfbuzzjs' {
	interface HbBlob {
		destroy(): void;
	}
	interface HbFace {
		upem: number;
		destroy(): void;
	}
	interface HbFont {
		setScale(x: number, y: number): void;
		destroy(): void;
	}
	/** One shaped glyph: glyph id, cluster, advance and offset in font units. */
	interface HbGlyph {
		g: number;
		cl: number;
		ax: number;
		ay: number;
		dx: number;
		dy: number;
	}
	interface HbBuffer {
		addText(text: string): void;
		guessSegmentProperties(): void;
		json(): HbGlyph[];
		destroy(): void;
	}
	/** The initialised HarfBuzz module. */
	export interface HarfBuzz {
		createBlob(data: Uint8Array): HbBlob;
		createFace(blob: HbBlob, index: number): HbFace;
		createFont(face: HbFace): HbFont;
		createBuffer(): HbBuffer;
		shape(font: HbFont, buffer: HbBuffer, features?: string): void;
	}
	const harfbuzz: Promise<HarfBuzz>;
	export default harfbuzz;
}
