/**
 * Zod schema → JSON Schema for editors, through Zod 4's own `z.toJSONSchema`
 * (never a hand-written copy): descriptions come from the fields' `.meta()`
 * docs, enums stay enums, strict objects forbid unknown keys. The editor sees
 * what an author writes (`io: 'input'`), so the few places where Keyplan reads
 * a YAML value more leniently than its parsed type are widened here:
 * dates are `YYYY-MM-DD` strings (not date-times), a preprocessed text may be
 * written as a number (`due: 2028`), a one-item list as its item, and
 * year-keyed maps (`revenue: { 2026: … }`) match their keys by pattern.
 */
import { z } from 'astro/zod';
import { isoDate, textList } from '../schema/primitives.ts';

/** A JSON Schema object, as plain data. */
export type JsonSchema = { [key: string]: unknown };

/** The draft the YAML and Astro language servers read (yaml-language-server knows draft-07 best). */
const TARGET = 'draft-07';

/** What a calendar date is to an editor: a `YYYY-MM-DD` string (YAML 1.2, which editors use, reads it as one). */
const DATE: JsonSchema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

/** A schema's definition, with the fields read here. */
type Def = { type: string; in?: z.core.$ZodType; out?: z.core.$ZodType };
const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** True when `schema` is `isoDate` or one of its documented copies (`.meta()` copies share the definition). */
const isDate = (schema: z.core.$ZodType): boolean => schema._zod.def === isoDate._zod.def || defOf(schema).type === 'date';

/** True for `z.preprocess(fn, out)`: an input the function folds before `out` reads it. */
const isPreprocess = (def: Def): boolean => def.type === 'pipe' && def.in !== undefined && defOf(def.in).type === 'transform';

/** Replaces every key of `target` with those of `source`, keeping its description. */
function replaceWith(target: JsonSchema, source: JsonSchema): void {
	const { description } = target;
	for (const key of Object.keys(target)) delete target[key];
	Object.assign(target, source, description === undefined ? {} : { description });
}

/** Rewrites one generated node in place (Zod's `override` hook), as described at the top of this file. */
function widen(ctx: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }): void {
	const { zodSchema, jsonSchema } = ctx;
	const def = defOf(zodSchema);
	// `internal` is Keyplan's own metadata (customer views drop such fields): no JSON Schema keyword.
	delete jsonSchema.internal;
	if (isDate(zodSchema)) replaceWith(jsonSchema, { ...DATE });
	else if (zodSchema._zod.def === textList._zod.def) {
		const list = { ...jsonSchema };
		delete list.description;
		replaceWith(jsonSchema, { anyOf: [{ type: 'string', minLength: 1 }, list] });
	} else if (isPreprocess(def) && jsonSchema.type === 'string') {
		// A preprocessed text: the function folds a YAML number (a year, `due: 2028`) into text.
		jsonSchema.type = ['string', 'number'];
	}
	// A record's key schema becomes `propertyNames`, which YAML servers check against the key as written (a number for
	// `2026:`): a key pattern as `patternProperties` is checked against the key's text instead.
	const names = jsonSchema.propertyNames as JsonSchema | undefined;
	if (names && typeof names.pattern === 'string' && typeof jsonSchema.additionalProperties === 'object') {
		jsonSchema.patternProperties = { [names.pattern]: jsonSchema.additionalProperties };
		jsonSchema.additionalProperties = false;
		delete jsonSchema.propertyNames;
	} else if (names && names.type === 'string' && Object.keys(names).length === 1) delete jsonSchema.propertyNames;
}

/** Says how a date is written where its doc does not (hover is where an author looks it up). */
function documentDates(node: unknown): void {
	if (!node || typeof node !== 'object') return;
	if (Array.isArray(node)) return node.forEach(documentDates);
	const json = node as JsonSchema;
	if (json.format === 'date' && typeof json.description === 'string' && !json.description.includes('YYYY-MM-DD')) {
		json.description = `${json.description.replace(/\.$/, '')}: YYYY-MM-DD, e.g. 2026-11-24.`;
	}
	Object.values(json).forEach(documentDates);
}

/** The JSON Schema of what an author may write for `schema`: deterministic for the same schema. */
export function jsonSchemaOf(schema: z.ZodType, title: string): JsonSchema {
	const json = z.toJSONSchema(schema, { io: 'input', target: TARGET, unrepresentable: 'any', override: widen }) as JsonSchema;
	documentDates(json);
	const { $schema, ...rest } = json;
	return { $schema, title, ...rest };
}
