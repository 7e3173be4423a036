/** Reads the `--map <mapping.yaml>` file of `npm run import`: a mistake in it is a usage error naming the file, line and field. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { UsageError } from '../present/command-line.ts';
import { parseYaml } from '../loader/yaml-source.ts';
import { importMapSchema, type ImportMap } from '../schema/import-map.ts';
import { formatPath } from '../schema/problem.ts';

/** The mapping file at `path`, validated. */
export function readImportMap(path: string): ImportMap {
	if (!existsSync(path) || !statSync(path).isFile()) throw new UsageError(`--map ${path}: no such file`);
	const parsed = parseYaml(readFileSync(path, 'utf8'));
	if (!parsed.ok) throw new UsageError(`${path}:${parsed.line ?? 1}:${parsed.column ?? 1}: ${parsed.message}`);
	const checked = importMapSchema.safeParse(parsed.data);
	if (!checked.success) throw new UsageError(checked.error.issues.map((i) => `${path}: ${formatPath(i.path)}: ${i.message}`).join('\n'));
	return checked.data;
}
