/**
 * The rule catalogue: every rule is one entry of data (id, severity, title,
 * why it matters, health weight, thresholds, an example, the check). The
 * guide's rule reference, the health weights, the reports and the site read
 * it; `RuleId` is derived from it, so a misspelt rule id does not compile.
 * To add a rule: add an entry to the group file of its area (or a new group
 * listed here), with a test that triggers it and one that does not.
 */
import type { Severity } from '../../schema/problem';
import { formatPath } from '../../schema/problem';
import { actionRules } from './actions';
import { cadenceRules } from './cadence';
import { contactRules } from './contacts';
import { contractRules } from './contract';
import { feedbackRules } from './feedback';
import { targetOf, type AccountContext, type Finding as AnyFinding, type PortfolioInput, type Rule } from './finding';
import { portfolioRules } from './portfolio-rules';
import { reviewRules } from './review';
import { revenueRules } from './revenue';
import { riskRules } from './risks';
import { scorecardRules } from './scorecard';
import { whitespaceRules } from './whitespace';

export type { AccountContext, FindingTarget, PortfolioInput } from './finding';
export { PORTFOLIO_FILE } from './portfolio-rules';
export { COMPLETENESS, type CompletenessCheck, type SectionChecks } from './completeness-checks';

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
