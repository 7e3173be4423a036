/**
 * The portfolio as tables: the sheets of the workbook (Accounts with the
 * dashboard's columns, Opportunities, Actions, Meetings, Findings), each a
 * list of typed columns and rows read from the analysis. Nothing here
 * computes a figure; it only lays out what `src/domain` computed. The
 * Opportunities sheet uses the import's generic headers, so that it reads
 * back with `npm run import -- --preset generic` and changes nothing.
 */
import type { AccountAnalysis, PortfolioAnalysis } from '../domain/analysis.ts';

/** How a column's cells are typed and shown. */
export type ColumnType = 'text' | 'money' | 'date' | 'percent' | 'number';

export interface Column {
	header: string;
	type: ColumnType;
}

/** A cell: text, a number (money in the row's currency, a fraction for percent) or an ISO date; `undefined` is empty. */
export type SheetCell = string | number | undefined;

export interface Sheet {
	name: string;
	columns: Column[];
	rows: SheetCell[][];
	/** Each row's currency, for its money cells' format. */
	currencies: string[];
}

const col = (header: string, type: ColumnType = 'text'): Column => ({ header, type });

function accountsSheet(analysis: PortfolioAnalysis, accounts: readonly AccountAnalysis[]): Sheet {
	const year = analysis.totals.fiscalYear;
	const columns = [
		col('Account'),
		col('Slug'),
		col('Tier'),
		col('Owner'),
		col('Industry'),
		col('Region'),
		col(`Revenue ${year}`, 'money'),
		col(`Commitment ${year}`, 'money'),
		col('Of commitment', 'percent'),
		col('Share of wallet', 'percent'),
		col('Health', 'number'),
		col('Health band'),
		col('Next meeting', 'date'),
		col('Next meeting name'),
		col('Contract end', 'date'),
		col('Renewal phase'),
		col('Open actions', 'number'),
		col('Overdue actions', 'number'),
		col('Complete', 'percent'),
		col('Currency'),
	];
	const rows = accounts.map(({ slug, account, figures: f, health, completeness }) => {
		const plan = account.plan.data;
		return [
			plan.name,
			slug,
			plan.tier,
			analysis.people.get(plan.owner)?.name ?? plan.owner,
			plan.industry,
			plan.region,
			f.revenueThisYear,
			f.commitment,
			f.commitmentProgress,
			f.shareOfWallet,
			health.score,
			health.band,
			f.nextMeeting?.date,
			f.nextMeeting?.meeting.name,
			f.contractEnd,
			f.renewalPhase,
			f.openActions.length,
			f.overdueActions.length,
			completeness.overall,
			f.currency,
		];
	});
	return { name: 'Accounts', columns, rows, currencies: accounts.map((a) => a.figures.currency) };
}

function opportunitiesSheet(analysis: PortfolioAnalysis, accounts: readonly AccountAnalysis[]): Sheet {
	const columns = [col('Id'), col('Account Id'), col('Account'), col('Name'), col('Amount', 'money'), col('Currency'), col('Stage'), col('Close Date', 'date'), col('Probability', 'number'), col('Owner'), col('Initiative')];
	const rows: SheetCell[][] = [];
	const currencies: string[] = [];
	for (const { account, figures } of accounts) {
		const plan = account.plan.data;
		for (const o of plan.opportunities) {
			const owner = o.owner === undefined ? undefined : (analysis.people.get(o.owner)?.email ?? o.owner);
			rows.push([o.crmId, plan.crm?.id, plan.name, o.title, o.value, figures.currency, o.stage, o.expectedClose, o.probability, owner, o.initiative]);
			currencies.push(figures.currency);
		}
	}
	return { name: 'Opportunities', columns, rows, currencies };
}

function actionsSheet(accounts: readonly AccountAnalysis[]): Sheet {
	const columns = [col('Account'), col('Action'), col('Owner'), col('Due', 'date'), col('Status'), col('Objective'), col('Overdue')];
	const rows: SheetCell[][] = [];
	for (const { account, figures, names } of accounts) {
		const overdue = new Set(figures.overdueActions.map((a) => a.index));
		const objectives = new Map(account.plan.data.objectives.map((o) => [o.id, o.title]));
		account.plan.data.actions.forEach((a, i) => {
			rows.push([account.plan.data.name, a.title, names.of(a.owner), a.due, a.status, a.objective === undefined ? undefined : (objectives.get(a.objective) ?? a.objective), overdue.has(i) ? 'overdue' : undefined]);
		});
	}
	return { name: 'Actions', columns, rows, currencies: rows.map(() => '') };
}

function meetingsSheet(accounts: readonly AccountAnalysis[]): Sheet {
	const columns = [col('Account'), col('Meeting'), col('Frequency'), col('Next date', 'date'), col('Dates ahead', 'number'), col('Channel'), col('Accepted'), col('Status')];
	const rows: SheetCell[][] = [];
	for (const { account, figures } of accounts) {
		for (const m of figures.meetings) {
			rows.push([account.plan.data.name, m.meeting.name, m.meeting.frequency, m.ahead[0], m.ahead.length, m.meeting.channel, m.meeting.accepted ? 'yes' : 'no', m.status]);
		}
	}
	return { name: 'Meetings', columns, rows, currencies: rows.map(() => '') };
}

function findingsSheet(analysis: PortfolioAnalysis, accounts: readonly AccountAnalysis[]): Sheet {
	const columns = [col('Account'), col('Severity'), col('Rule'), col('Message'), col('File'), col('Line', 'number')];
	const rows: SheetCell[][] = [];
	for (const { account, findings } of accounts) for (const f of findings) rows.push([account.plan.data.name, f.severity, f.rule, f.message, f.file, f.line]);
	for (const f of analysis.portfolioFindings) rows.push(['(portfolio)', f.severity, f.rule, f.message, f.file, f.line]);
	return { name: 'Findings', columns, rows, currencies: rows.map(() => '') };
}

/** The workbook's sheets for the given accounts (in the dashboard's order). */
export function portfolioSheets(analysis: PortfolioAnalysis, accounts: readonly AccountAnalysis[]): Sheet[] {
	return [accountsSheet(analysis, accounts), opportunitiesSheet(analysis, accounts), actionsSheet(accounts), meetingsSheet(accounts), findingsSheet(analysis, accounts)];
}
