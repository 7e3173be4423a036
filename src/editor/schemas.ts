/**
 * The editor schemas of every content file, and where editors find them.
 * The Astro language server reads `.astro/collections/collections.json`
 * (which collection each file belongs to, by file URL) and
 * `<collection>.schema.json`, the files Astro writes for content collections
 * under `experimental.contentIntellisense`. Keyplan reads its content with its
 * own loader, not Astro's, so it writes those files itself, in Astro's format;
 * the YAML extension reads `settings.schema.json` and `people.schema.json`
 * from the same folder (`.vscode/settings.json`).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { personSchema } from '../schema/person.ts';
import { planSchema } from '../schema/plan.ts';
import { renewalSchema } from '../schema/renewal.ts';
import { settingsSchema, type Settings } from '../schema/settings.ts';
import { contentValuesOf, fillPlan, fillRenewal, type ContentValues } from './content-values.ts';
import { jsonSchemaOf, type JsonSchema } from './json-schema.ts';

/** Where the schemas go, relative to the project root (Astro's `.astro`, ignored by git). */
export const SCHEMA_DIR = '.astro/collections';

/** The collection of each kind of Astro frontmatter file. */
const COLLECTIONS = { plans: 'plan.mdx', renewals: 'renewal.mdx' } as const;

/** Every schema, by file name in `SCHEMA_DIR`. */
export type EditorSchemas = Record<'plans' | 'renewals' | 'settings' | 'people', JsonSchema>;

/** The schemas without content values: the same for every project, made once per process. */
let generic: EditorSchemas | undefined;
function genericSchemas(): EditorSchemas {
	generic ??= {
		plans: jsonSchemaOf(planSchema, 'Keyplan account plan (plan.mdx frontmatter)'),
		renewals: jsonSchemaOf(renewalSchema, 'Keyplan contract renewal plan (renewal.mdx frontmatter)'),
		settings: jsonSchemaOf(settingsSchema, 'Keyplan settings (content/settings.yaml)'),
		people: jsonSchemaOf(personSchema, 'Keyplan person (content/people/<id>.yaml)'),
	};
	return generic;
}

/** Every editor schema with the content's values filled in. */
export function editorSchemas(values: ContentValues): EditorSchemas {
	const copy = structuredClone(genericSchemas());
	return { ...copy, plans: fillPlan(copy.plans, values), renewals: fillRenewal(copy.renewals, values) };
}

/** What the schemas are made from: a load's settings, people and the files it read (paths relative to the root). */
export interface SchemaInputs {
	portfolio: { settings: Settings; people: ReadonlyMap<string, unknown> };
	files: readonly string[];
}

/** The key the Astro language server looks a file up by: its file URL, decoded and lower-cased as the server does. */
export const entryKey = (path: string): string => decodeURIComponent(pathToFileURL(path).href).toLowerCase();

/** Astro's collection manifest: which collection every plan and renewal plan belongs to. */
function manifest(root: string, files: readonly string[]): JsonSchema {
	const entries: Record<string, string> = {};
	for (const file of [...files].sort()) {
		for (const [name, base] of Object.entries(COLLECTIONS)) {
			if (file.startsWith('content/accounts/') && file.endsWith(`/${base}`)) entries[entryKey(join(root, file))] = name;
		}
	}
	return { collections: Object.keys(COLLECTIONS).map((name) => ({ hasSchema: true, name })), entries };
}

/** Writes `text` unless the file already holds it (editors reload what changes; an unchanged file stays untouched). */
function writeIfChanged(path: string, text: string): boolean {
	try {
		if (readFileSync(path, 'utf8') === text) return false;
	} catch {
		// Not there yet: written below.
	}
	writeFileSync(path, text);
	return true;
}

/**
 * Writes every schema and the manifest under `<root>/.astro/collections`;
 * returns the files it changed, relative to the root. With `bestEffort` (for
 * `check` and the dev server, whose job is something else) a folder that
 * cannot be written is passed over: the editor merely keeps older schemas.
 */
export function writeEditorSchemas(root: string, inputs: SchemaInputs, { bestEffort = false } = {}): string[] {
	try {
		return writeAll(resolve(root), inputs);
	} catch (error) {
		if (bestEffort && typeof (error as NodeJS.ErrnoException).code === 'string') return [];
		throw error;
	}
}

function writeAll(dir: string, inputs: SchemaInputs): string[] {
	mkdirSync(join(dir, SCHEMA_DIR), { recursive: true });
	const schemas = editorSchemas(contentValuesOf(inputs.portfolio.settings, inputs.portfolio.people));
	const outputs: [string, JsonSchema][] = [...Object.entries(schemas).map(([name, s]): [string, JsonSchema] => [`${name}.schema.json`, s]), ['collections.json', manifest(dir, inputs.files)]];
	return outputs.flatMap(([name, json]) => (writeIfChanged(join(dir, SCHEMA_DIR, name), `${JSON.stringify(json, null, '\t')}\n`) ? [`${SCHEMA_DIR}/${name}`] : []));
}
