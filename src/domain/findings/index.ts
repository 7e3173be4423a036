/**
 * The rule catalogue: every rule is one entry of data (id, severity, title,
 * why it matters, health weight, thresholds, an example, the check). The
 * guide's rule reference, the health weights, the reports and the site read
 * it; `RuleId` is derived from it, so a misspelt rule id does not compile.
 * To add a rule: add an entry to the group file of its area (or a new group
 * listed here), with a test that triggers it and one that does not.
 */
import type { Severity } from '../../schema/problem.ts';
import { formatPath } from '../../schema/problem.ts';
import { actionRules } from './actions.ts';
import { cadenceRules } from './cadence.ts';
import { contactRules } from './contacts.ts';
import { contractRules } from './contract.ts';
import { feedbackRules } from './feedback.ts';
import { targetOf, type AccountContext, type Finding as AnyFinding, type PortfolioInput, type Rule } from './finding.ts';
import { portfolioRules } from './portfolio-rules.ts';
import { reviewRules } from './review.ts';
import { revenueRules } from './revenue.ts';
import { riskRules } from './risks.ts';
import { scorecardRules } from './scorecard.ts';
import { whitespaceRules } from './whitespace.ts';

export type { AccountContext, FindingTarget, PortfolioInput } from './finding.ts';
export { PORTFOLIO_FILE } from './portfolio-rules.ts';
export { COMPLETENESS, type CompletenessCheck, type SectionChecks } from './completeness-checks.ts';

/** Every rule, in report order: account rules by area, then portfolio rules. */
export const CATALOGUE = [
	...contractRules,
	...reviewRules,
	...actionRules,
	...revenueRules,
	...cadenceRules,
	...contactRules,
	...scorecardRules,
	...riskRules,
	...feedbackRules,
	...whitespaceRules,
	...portfolioRules,
] as const;

/** The id of a rule in the catalogue. */
export type RuleId = (typeof CATALOGUE)[number]['id'];

/** The area of a rule: the part of its id before the dot (`actions`, `contract`, …). */
export type RuleArea = RuleId extends `${infer Area}.${string}` ? Area : never;

/** A finding of a catalogue rule. */
export type Finding = AnyFinding<RuleId>;

const BY_ID = new Map<string, Rule<RuleId>>(CATALOGUE.map((rule) => [rule.id, rule]));

/** The catalogue entry of a rule id. */
export function ruleOf(id: RuleId): Rule<RuleId> {
	return BY_ID.get(id)!;
}

/** The area of a rule id. */
export function areaOf(id: RuleId): RuleArea {
	return id.slice(0, id.indexOf('.')) as RuleArea;
}

/** Every finding of one account, in catalogue order. */
export function accountFindings(ctx: AccountContext): Finding[] {
	const findings: Finding[] = [];
	for (const rule of CATALOGUE) {
		if (rule.scope !== 'account') continue;
		for (const hit of rule.check(ctx)) {
			const severity: Severity = hit.severity && hit.severity === rule.escalatesTo ? hit.severity : rule.severity;
			const file = hit.renewal && ctx.account.renewal ? ctx.account.renewal.file : ctx.account.plan.file;
			const target = targetOf(hit.path, hit.renewal);
			findings.push({ file, path: formatPath(hit.path), message: hit.message, severity, rule: rule.id, account: ctx.account.slug, ...(target && { target }) });
		}
	}
	return findings;
}

/** Findings about the portfolio as a whole and about accounts relative to it. */
export function portfolioFindings(input: PortfolioInput): Finding[] {
	return CATALOGUE.flatMap((rule) =>
		rule.scope === 'portfolio'
			? rule.check(input).map((hit) => ({ file: hit.file, path: '', message: hit.message, severity: rule.severity, rule: rule.id, ...(hit.account && { account: hit.account }) }))
			: [],
	);
}
