/**
 * The portfolio's work list: every open action across accounts, overdue first
 * (longest overdue first), then by due date (undated last), with the account
 * and how late or how soon each one is. Feeds the site's actions page and the
 * people pages.
 */
import type { Action } from '../../schema/objectives.ts';
import type { AccountAnalysis } from '../analysis.ts';
import { daysBetween } from '../dates.ts';

export interface WorkItem {
	slug: string;
	accountName: string;
	/** Position of the action in the plan's `actions[]`. */
	index: number;
	action: Action;
	/** Title of the objective the action serves, when it names one that exists. */
	objectiveTitle: string | undefined;
	overdue: boolean;
	/** Days from today to the due date: negative when overdue; undefined without a due date. */
	daysToDue: number | undefined;
}

/** Open actions of the given accounts, overdue first, then by due date. */
export function openWork(accounts: readonly AccountAnalysis[], today: string): WorkItem[] {
	const items = accounts.flatMap(({ slug, account, figures }) => {
		const overdue = new Set(figures.overdueActions.map((a) => a.index));
		const plan = account.plan.data;
		return figures.openActions.map(({ index, action }) => ({
			slug,
			accountName: plan.name,
			index,
			action,
			objectiveTitle: plan.objectives.find((o) => o.id === action.objective)?.title,
			overdue: overdue.has(index),
			daysToDue: action.due === undefined ? undefined : daysBetween(today, action.due),
		}));
	});
	return items.sort(
		(a, b) =>
			Number(b.overdue) - Number(a.overdue) ||
			(a.action.due ?? '9999-12-31').localeCompare(b.action.due ?? '9999-12-31') ||
			a.accountName.localeCompare(b.accountName) ||
			a.index - b.index,
	);
}
