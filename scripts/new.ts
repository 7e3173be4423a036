/**
 * `npm run new -- <slug> --name "…" --owner <person-id> [--tier <tier>]`
 * Scaffolds content/accounts/<slug>/plan.mdx. Never overwrites anything.
 */
import { existsSync, lstatSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError, parseCommandLine, runCommand, UsageError } from '../src/present/command-line.ts';
import { planTemplate } from '../src/cli/plan-template.ts';
import { today } from '../src/build/today.ts';
import { writeEditorSchemas } from '../src/editor/schemas.ts';
import { ContentFiles } from '../src/loader/files.ts';
import { shown, slugError } from '../src/loader/slugs.ts';
import { loadPortfolio } from '../src/loader/portfolio.ts';
import { didYouMean, listKnown } from '../src/schema/suggest.ts';

const usage = 'Usage: npm run new -- <slug> --name "Customer name" --owner <person-id> [--tier <tier>]';

await runCommand(() => {
	const { values, positionals } = parseCommandLine(
		process.argv.slice(2),
		{ name: { type: 'string' }, owner: { type: 'string' }, tier: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		usage,
		true,
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const [slug, ...extra] = positionals;
	if (!slug) throw new UsageError(`missing the account slug, e.g. "acme-industries"\n\n${usage}`);
	if (extra.length > 0) throw new UsageError(`unexpected argument(s): ${extra.join(' ')} (quote a name with spaces: --name "Acme Industries")\n\n${usage}`);
	const badSlug = slugError(slug, 'slug', 'choose one');
	if (badSlug) throw new UsageError(`${badSlug}, e.g. "acme-industries"`);
	if (!values.name?.trim()) throw new UsageError(`missing --name "Customer name"\n\n${usage}`);
	if (!values.owner) throw new UsageError(`missing --owner <person-id>\n\n${usage}`);

	const root = process.cwd();
	const { portfolio, files } = loadPortfolio(root);
	const people = [...portfolio.people.keys()];
	if (!portfolio.people.has(values.owner)) {
		throw new UsageError(`unknown person "${shown(values.owner)}"${didYouMean(values.owner, people)} (known: ${listKnown(people)}); add content/people/${values.owner}.yaml first`);
	}
	const { tiers, currency } = portfolio.settings;
	const offerings = portfolio.settings.offerings.map((o) => o.id);
	const tier = values.tier ?? tiers[Math.min(1, tiers.length - 1)];
	if (!tiers.includes(tier)) throw new UsageError(`"${shown(tier)}" is not a tier in content/settings.yaml${didYouMean(tier, tiers)} (known: ${tiers.join(', ')})`);

	const accounts = join(root, 'content', 'accounts');
	const dir = join(accounts, slug);
	const file = join(dir, 'plan.mdx');
	const where = new ContentFiles(root, join(root, 'content'), []).kind(accounts);
	if (where !== 'folder' && where !== 'missing') {
		throw new CommandError(`content/accounts is not a folder inside content/ (npm run check says why); nothing was written.`);
	}
	// lstat, not exists: a dangling link or a file of that name is in the way too.
	if (lstatSync(dir, { throwIfNoEntry: false })) {
		throw new UsageError(`content/accounts/${slug}/ already exists; nothing was written. Choose another slug or edit ${existsSync(file) ? 'its plan.mdx' : 'that folder'}.`);
	}
	// Everything that can fail is done before the folder is made: a failed run leaves nothing behind to block the next.
	const text = planTemplate({ name: values.name.trim(), tier, owner: values.owner, today: today(), tiers, currency, offerings });
	mkdirSync(dir, { recursive: true });
	try {
		// 'wx' fails if the file appeared meanwhile: never overwrite a user's file.
		writeFileSync(file, text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') rmSync(dir, { recursive: true, force: true });
		throw error;
	}
	// The editor knows the new plan at once (completion, hover, checks in its frontmatter): src/editor/schemas.ts.
	writeEditorSchemas(root, { portfolio, files: [...files, `content/accounts/${slug}/plan.mdx`] }, { bestEffort: true });
	console.log(`Created content/accounts/${slug}/plan.mdx. Fill it in, then run: npm run check -- --account ${slug}`);
	return 0;
});
