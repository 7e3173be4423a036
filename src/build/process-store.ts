/**
 * One value per process, whatever copy of a module asks: Astro bundles the
 * site's pages apart from the integrations, so a module-level cache would be
 * filled once per copy. Keeping the loaded portfolio and its analysis here
 * means a build loads and analyses the content once, for validation, pages,
 * images and calendars alike.
 */
const STORE = Symbol.for('keyplan.shared');

type Store = Map<string, unknown>;

function store(): Store {
	const holder = globalThis as { [STORE]?: Store };
	holder[STORE] ??= new Map();
	return holder[STORE];
}

/** The value under `key`, created by `create` the first time it is asked for in this process. */
export function shared<T>(key: string, create: () => T): T {
	const values = store();
	if (!values.has(key)) values.set(key, create());
	return values.get(key) as T;
}

/** Forgets the value under `key` (the dev server, when content changed). */
export function forget(key: string): void {
	store().delete(key);
}
