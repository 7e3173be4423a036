/**
 * Customer decks (`--customer`): only the customer-safe one-pagers, no
 * portfolio slide, no notes, and no internal-only value of the plan anywhere
 * in the unzipped package. The internal values come from the schema's
 * `internal()` markers (`internalTexts`), not from a list kept here; derived
 * internal figures (share of wallet, wallet size) and the labels of internal
 * enums (stances, sentiment) are checked on the text of every part.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { deckContents } from '../../src/deck/contents';
import { deckFile } from '../../src/deck/deck';
import type { AccountAnalysis } from '../../src/domain/analysis';
import { formatDate, formatMoney, formatPercent, label } from '../../src/domain/format';
import { customerPlan, internalTexts, stripInternal } from '../../src/onepager/customer-view';
import { planSchema } from '../../src/schema/plan';
import { renewalSchema } from '../../src/schema/renewal';
import { sampleAnalysis, TODAY } from '../onepager/fixtures';
import { notesOf, sharedImages, slideNames, textRuns, unzip } from './support';

const images = sharedImages();
afterAll(() => images.close());
const analysis = sampleAnalysis();

/** Every string in a value. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
}

/** What the plan holds in internal-only fields, less what its public fields say too (then it is public anyway). */
function internalValues(a: AccountAnalysis): { texts: string[]; words: string[] } {
	const all = [...internalTexts(planSchema, a.account.plan.data), ...(a.account.renewal ? internalTexts(renewalSchema, a.account.renewal.data) : [])];
	const publicText = [...strings(customerPlan(a.account.plan.data)), ...strings(stripInternal(renewalSchema, a.account.renewal?.data))].join('\n');
	const isPublic = (s: string) => publicText.includes(s);
	// Enum values (stances, sentiment, levels) are single words: looked for as the labels people read, in text runs.
	const words = [...new Set(all.filter((t) => /^[a-z-]+$/.test(t)))].map(label).filter((w) => !isPublic(w));
	const figures = [formatPercent(a.figures.shareOfWallet), formatMoney(a.figures.walletThisYear, a.figures.currency)].filter((t) => t !== '—');
	const texts = [...new Set(all.filter((t) => !/^[a-z-]+$/.test(t) && t.trim().length >= 3))].filter((t) => !isPublic(t));
	return { texts: [...texts, ...figures], words };
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

describe('a customer deck of each sample account', async () => {
	const decks = await Promise.all(
		analysis.accounts.map(async (a) => {
			const contents = deckContents(analysis, { accounts: [a.slug] }, { customer: true });
			return { a, contents, parts: await unzip(await deckFile(contents, images)) };
		}),
	);

	test('the sample plans have internal values to hide', () => {
		const counts = decks.map(({ a }) => internalValues(a).texts.length);
		expect(counts.filter((n) => n > 3).length).toBeGreaterThan(5);
		expect(decks.some(({ a }) => a.account.plan.data.relationship.competitors.length > 0)).toBe(true);
	});

	test('hold no internal-only value anywhere in the unzipped package', () => {
		for (const { a, parts } of decks) {
			const { texts, words } = internalValues(a);
			const xml = [...parts].filter(([name]) => /\.(xml|rels)$/.test(name)).map(([, data]) => data.toString('utf8'));
			const runs = xml.flatMap(textRuns);
			const properties = xml.join('\n').match(/<(dc|cp):\w+>[^<]*</g) ?? [];
			for (const t of texts) for (const part of xml) expect(part, `${a.slug}: "${t}"`).not.toContain(escape(t));
			for (const w of words) for (const run of [...runs, ...properties]) expect(run, `${a.slug}: "${w}"`).not.toMatch(new RegExp(`\\b${w}\\b`, 'i'));
		}
	});

	test('say nothing but the title slide: organisation, "Joint account plan", the account, the date', () => {
		for (const { a, parts } of decks) {
			const said = slideNames(parts).flatMap((n) => textRuns(parts.get(n)!.toString('utf8')));
			expect(said.sort(), a.slug).toEqual([analysis.settings.organisation, 'Joint account plan', a.account.plan.data.name, `As of ${formatDate(TODAY)}`].sort());
		}
	});

	test('have a title slide and the customer one-pager, no portfolio table and no speaker notes', () => {
		for (const { a, contents, parts } of decks) {
			const slides = slideNames(parts);
			expect(slides, a.slug).toHaveLength(2);
			expect(slides.some((n) => parts.get(n)!.toString('utf8').includes('<a:tbl>'))).toBe(false);
			for (let n = 1; n <= slides.length; n++) expect(notesOf(parts, n), `${a.slug} slide ${n}`).toBe('');
			expect(contents.pictures.map((p) => p.job.kind)).toEqual(['customer']);
		}
	});

	test('show the customer one-pager from the cache, never the internal or the renewal one', async () => {
		for (const { a, parts } of decks) {
			const media = [...parts].filter(([name]) => name.startsWith('ppt/media/')).map(([, data]) => data);
			const internal = deckContents(analysis, { accounts: [a.slug] }).pictures;
			const [customer] = deckContents(analysis, { accounts: [a.slug] }, { customer: true }).pictures;
			expect(media).toHaveLength(1);
			expect(media[0].equals(await images.image(customer.job, 'png'))).toBe(true);
			for (const p of internal) expect(media[0].equals(await images.image(p.job, 'png')), `${a.slug}: ${p.job.kind}`).toBe(false);
		}
	});
});
