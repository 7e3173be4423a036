/**
 * The `yaml` package, loaded on first use. It reads what js-yaml does not
 * (anchors and aliases, syntax errors with every position) and is needed by
 * few runs; loading it up front cost every `npm run check` about 60 ms.
 */
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let loaded: Yaml | undefined;

/** The `yaml` package. */
export function yamlPackage(): Yaml {
	loaded ??= createRequire(import.meta.url)('yaml') as Yaml;
	return loaded;
}
