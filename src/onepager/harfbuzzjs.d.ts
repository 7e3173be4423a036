/** The part of harfbuzzjs (which ships no types) that `shaping.ts` uses. */
declare module 'harfbuzzjs' {
	interface HbBlob {
		destroy(): void;
	}
	interface HbFace {
		upem: number;
		/** Every code point the font's cmap maps to a glyph. */
		collectUnicodes(): Uint32Array;
		destroy(): void;
	}
	interface HbFont {
		setScale(x: number, y: number): void;
		destroy(): void;
	}
	/** One shaped glyph's position, in font units. */
	interface HbGlyphPosition {
		x_advance: number;
		y_advance: number;
		x_offset: number;
		y_offset: number;
	}
	/** One shaped glyph: its id and the index of the first character it draws. */
	interface HbGlyphInfo {
		codepoint: number;
		cluster: number;
	}
	interface HbBuffer {
		addText(text: string): void;
		guessSegmentProperties(): void;
		getGlyphPositions(): HbGlyphPosition[];
		getGlyphInfos(): HbGlyphInfo[];
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
