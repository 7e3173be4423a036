/**
 * The portfolio workbook of a selection (all accounts, an owner's, a
 * tier's): its sheets and bytes. `npm run export` and the build's
 * `dist/portfolio.xlsx` both make it here.
 */
import type { PortfolioAnalysis } from '../domain/analysis.ts';
import { selectAccounts, type DeckSelection } from '../domain/selection.ts';
import { portfolioSheets } from './sheets.ts';
import { workbookBytes } from './write.ts';

/** Where the build writes the whole portfolio's workbook, relative to `dist/`. */
export const PORTFOLIO_WORKBOOK = 'portfolio.xlsx';

/** The workbook of the selected accounts, in the dashboard's order; `accounts` is how many it holds. */
export async function portfolioWorkbook(analysis: PortfolioAnalysis, selection: Pick<DeckSelection, 'owner' | 'tier'> = {}): Promise<{ bytes: Buffer; accounts: number }> {
	const accounts = selectAccounts(analysis, selection);
	const bytes = await workbookBytes(portfolioSheets(analysis, accounts), analysis.today);
	return { bytes, accounts: accounts.length };
}
