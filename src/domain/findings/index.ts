/**
 * The findings engine: every account rule group, run in a fixed order, and the
 * portfolio rules. Rule ids are stable; the list of ids and severities is in
 * each group's doc comment and in `RULES` below.
 */
import { actionRules } from './actions';
import { cadenceRules } from './cadence';
import { contactRules } from './contacts';
import { contractRules } from './contract';
import { feedbackRules } from './feedback';
import type { AccountContext, AccountRules, Finding } from './finding';
import { reviewRules } from './review';
import { revenueRules } from './revenue';
import { riskRules } from './risks';
import { scorecardRules } from './scorecard';

export type { AccountContext, Finding } from './finding';
export { portfolioRules, PORTFOLIO_FILE, type PortfolioInput } from './portfolio';

/** Account rule groups in report order. */
export const ACCOUNT_RULES: readonly AccountRules[] = [contractRules, reviewRules, actionRules, revenueRules, cadenceRules, contactRules, scorecardRules, riskRules, feedbackRules];

/** Every rule id with its default severity (some escalate; see the rule's file). */
export const RULES = {
	'actions.overdue': 'warning',
	'actions.no-owner': 'warning',
	'actions.no-due': 'warning',
	'actions.blocked': 'info',
	'actions.objective-without-action': 'warning',
	'actions.none-open': 'warning',
	'review.stale': 'warning',
	'review.in-future': 'warning',
	'revenue.no-commitment': 'warning',
	'revenue.not-reported': 'info',
	'revenue.behind-commitment': 'warning',
	'cadence.none': 'error',
	'cadence.no-upcoming': 'warning',
	'cadence.not-accepted': 'warning',
	'cadence.unscheduled': 'info',
	'contacts.none': 'error',
	'contacts.single-threaded': 'warning',
	'contacts.no-decision-maker': 'warning',
	'contacts.no-champion': 'warning',
	'contacts.stale': 'warning',
	'contract.renewal-plan-missing': 'error',
	'contract.notice-soon': 'warning',
	'contract.ended': 'warning',
	'contract.renewal-milestones-missing': 'warning',
	'contract.renewal-milestone-overdue': 'warning',
	'scorecard.none': 'info',
	'scorecard.review-missing': 'warning',
	'scorecard.declining': 'warning',
	'risks.critical': 'error',
	'risks.no-mitigation': 'warning',
	'risks.no-owner': 'warning',
	'feedback.none': 'warning',
	'portfolio.manager-overload': 'warning',
	'portfolio.concentration': 'warning',
	'portfolio.pareto': 'info',
	'portfolio.inactive': 'warning',
} as const;

export type RuleId = keyof typeof RULES;

/** Every finding of one account, in rule-group order. */
export function accountFindings(ctx: AccountContext): Finding[] {
	return ACCOUNT_RULES.flatMap((rules) => rules(ctx));
}
