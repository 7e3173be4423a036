/**
 * An account judged as of a date with the account rules alone: how the
 * history scores each past version of a plan (as of its commit date) and
 * judges each change. Portfolio rules (concentration, manager load) need
 * every account as of that day and are left out of history.
 */
import type { Account } from '../../loader/portfolio.ts';
import type { Person } from '../../schema/person.ts';
import type { Problem } from '../../schema/problem.ts';
import type { Settings } from '../../schema/settings.ts';
import { accountFigures } from '../figures/index.ts';
import { accountFindings } from '../findings/index.ts';
import { healthOf } from '../health.ts';
import type { AccountSnapshot } from './compare.ts';

/** What the account rules say about `account` (undefined: its plan was not valid) as of `date`. */
export function accountAsOf(account: Account | undefined, problems: readonly Problem[], settings: Settings, people: ReadonlyMap<string, Person>, date: string): AccountSnapshot {
	if (!account) return { findings: [], problems };
	const figures = accountFigures(account, settings, date);
	const findings = accountFindings({ account, plan: account.plan.data, figures, settings, people, today: date });
	return { account, findings, problems, health: healthOf(findings) };
}
