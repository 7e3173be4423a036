/**
 * What a deck holds, as data: the title slide, the portfolio table (internal
 * decks), and per account its one-pager (and renewal one-pager) with speaker
 * notes — or, for a customer deck, only the customer-safe one-pagers and no
 * notes. The images are the one-pager jobs of `onepager/jobs.ts`, so a deck
 * shows exactly the images the site and `npm run onepagers` produce.
 */
import type { PortfolioAnalysis } from '../domain/analysis.ts';
import { formatDate, plural } from '../domain/format.ts';
import { jobsOf, type ImageJob } from '../onepager/jobs.ts';
import { accountNotes, renewalNotes } from './notes.ts';
import { portfolioRow, type PortfolioRow } from './portfolio-table.ts';
import { describeSelection, selectAccounts, type DeckSelection } from '../domain/selection.ts';

/** One full-slide picture: a one-pager, its alternative text and (internal decks) its speaker notes. */
export interface PictureSlide {
	job: ImageJob;
	alt: string;
	notes?: string;
}

/** Everything a deck shows, before any image is read. */
export interface DeckContents {
	customer: boolean;
	/** The deck file's properties. */
	properties: { title: string; subject: string; author: string; company: string };
	/** YYYY-MM-DD the deck is as of; also its creation date. */
	today: string;
	titleSlide: { kicker: string; heading: string; lines: string[] };
	/** The portfolio table's rows (dashboard order); undefined in a customer deck. */
	portfolio?: { heading: string; caption: string; rows: PortfolioRow[] };
	pictures: PictureSlide[];
}

/** How a deck is made. */
export interface DeckOptions {
	/** Customer-safe one-pagers only, no portfolio slide, no notes. */
	customer?: boolean;
}

/** The contents of a deck of `selection` as of the analysis' date; empty `pictures` when nothing is selected. */
export function deckContents(analysis: PortfolioAnalysis, selection: DeckSelection, options: DeckOptions = {}): DeckContents {
	const customer = options.customer ?? false;
	const accounts = selectAccounts(analysis, selection);
	const organisation = analysis.settings.organisation;
	const asOf = formatDate(analysis.today);
	const jobs = new Map(jobsOf(analysis, new Set(accounts.map((a) => a.slug))).map((job) => [`${job.slug}/${job.kind}`, job]));
	const pictures = accounts.flatMap((a): PictureSlide[] => {
		const name = a.account.plan.data.name;
		if (customer) return [{ job: jobs.get(`${a.slug}/customer`)!, alt: `Joint account plan of ${name}, one page` }];
		const slides: PictureSlide[] = [{ job: jobs.get(`${a.slug}/account`)!, alt: `Account plan of ${name}, one page`, notes: accountNotes(a) }];
		const renewal = jobs.get(`${a.slug}/renewal`);
		if (renewal) slides.push({ job: renewal, alt: `Contract renewal plan of ${name}, one page`, notes: renewalNotes(a) });
		return slides;
	});
	const names = accounts.map((a) => a.account.plan.data.name);
	if (customer) {
		const heading = names.length <= 3 ? names.join(' · ') : plural(names.length, 'account');
		return {
			customer,
			today: analysis.today,
			properties: { title: `Joint account plan: ${heading}`, subject: `Joint account plan as of ${asOf}`, author: organisation, company: organisation },
			titleSlide: { kicker: organisation, heading: 'Joint account plan', lines: [heading, `As of ${asOf}`] },
			pictures,
		};
	}
	const selected = describeSelection(analysis, selection);
	return {
		customer,
		today: analysis.today,
		properties: { title: `${selected}: account review`, subject: `Key account review of ${plural(names.length, 'account')} as of ${asOf}`, author: organisation, company: organisation },
		titleSlide: { kicker: organisation, heading: selected, lines: [`Key account review · ${plural(names.length, 'account')}`, `As of ${asOf}`] },
		portfolio: {
			heading: `Portfolio · ${selected}`,
			caption: `By tier, lowest health first (as on the dashboard). Revenue for fiscal year ${analysis.totals.fiscalYear} to date.`,
			rows: accounts.map(portfolioRow),
		},
		pictures,
	};
}
