/**
 * Wires the content folders to their schemas; nothing else. Cross-file checks
 * (references, ids) run in `src/loader` and the `keyplan-validate` integration.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { personSchema } from './schema/person';
import { planSchema } from './schema/plan';
import { renewalSchema } from './schema/renewal';
import { settingsSchema } from './schema/settings';

/** The account folder name is the account's id: `content/accounts/<slug>/plan.mdx` → `<slug>`. */
const slugOfFolder = ({ entry }: { entry: string }) => entry.split('/')[0];

const accounts = defineCollection({
	loader: glob({ pattern: '*/plan.mdx', base: './content/accounts', generateId: slugOfFolder }),
	schema: planSchema,
});

const renewals = defineCollection({
	loader: glob({ pattern: '*/renewal.mdx', base: './content/accounts', generateId: slugOfFolder }),
	schema: renewalSchema,
});

const people = defineCollection({
	loader: glob({ pattern: '*.{yaml,yml}', base: './content/people' }),
	schema: personSchema,
});

const settings = defineCollection({
	loader: {
		name: 'keyplan-settings',
		load: async ({ store, parseData }) => {
			const raw = parse(readFileSync('./content/settings.yaml', 'utf8')) as Record<string, unknown>;
			store.set({ id: 'settings', data: await parseData({ id: 'settings', data: raw }) });
		},
	},
	schema: settingsSchema,
});

export const collections = { accounts, renewals, people, settings };
