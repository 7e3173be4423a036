/**
 * What is left of a file that failed its schema: the valid parts only. The
 * cross-file checks accept it, so that one run reports a file's broken
 * references even when a required field of the same file is also wrong.
 */

/** `T` with every field, at every depth, optional and every list item possibly missing. */
export type DeepPartial<T> = T extends readonly (infer E)[]
	? (DeepPartial<E> | undefined)[]
	: T extends object
		? { [K in keyof T]?: DeepPartial<T[K]> }
		: T;
