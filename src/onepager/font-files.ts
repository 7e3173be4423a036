/** The shape of a bundled font file, shared by the font loader and the script fonts. */
/** The weights the layouts use. */
export type Weight = 400 | 600 | 700;

/** One bundled font file. */
export interface FontFile {
	/** Family name given to Satori; unique per subset. */
	family: string;
	weight: Weight;
	/** Package and file, e.g. `@fontsource/inter/files/inter-latin-400-normal.woff`. */
	file: string;
}
