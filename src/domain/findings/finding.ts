/**
 * A finding is a proactivity signal: a `Problem` with a stable rule id, the
 * field it concerns (as a path and, for a row of a list, a structured target)
 * and a message that says what to do. Findings come only from the rules of
 * the catalogue (`catalogue.ts`); each rule is one entry of data with its
 * check function, written with `accountRule` or `portfolioRule` below.
 */
import type { Account } from '../../loader/portfolio.ts';
import type { Person } from '../../schema/person.ts';
import type { Plan } from '../../schema/plan.ts';
import type { Problem, Severity } from '../../schema/problem.ts';
import type { Settings } from '../../schema/settings.ts';
import type { AccountFigures } from '../figures/index.ts';
import type { Concentration, ManagerLoad } from '../portfolio-figures.ts';

/** The row of a list a finding points at, so that a page or sheet can flag that row without parsing paths. */
export interface FindingTarget {
	/** Which file of the account: the plan or its renewal plan. */
	document: 'plan' | 'renewal';
	/** The list in that file, e.g. `actions`, `cadence`, `risks`, `milestones`, `contacts`, `scorecard.measures`. */
	list: string;
	/** Index of the row in that list. */
	index: number;
}

export interface Finding<Id extends string = string> extends Problem {
	/** Stable rule id, e.g. `actions.overdue`; never renamed once published. */
	rule: Id;
	/** Slug of the account the finding is about; absent for portfolio-wide findings. */
	account?: string;
	/** The list row the finding is about, when it is about one row. */
	target?: FindingTarget;
}

/** What an account rule reads. */
export interface AccountContext {
	account: Account;
	plan: Plan;
	figures: AccountFigures;
	settings: Settings;
	people: ReadonlyMap<string, Person>;
	today: string;
}

/** What a portfolio rule reads. */
export interface PortfolioInput {
	accounts: { account: Account; figures: AccountFigures }[];
	concentration: Concentration;
	managers: Record<string, ManagerLoad>;
	settings: Settings;
}

/** A field path in a plan or renewal plan. */
export type Path = ReadonlyArray<string | number>;

/** One thing an account rule found. */
export interface AccountHit {
	/** Where in the file. */
	path: Path;
	message: string;
	/** True when it concerns the renewal plan rather than the account plan. */
	renewal?: boolean;
	/** Only for rules with `escalatesTo`: the heavier severity when the case is worse. */
	severity?: Severity;
}

/** One thing a portfolio rule found. */
export interface PortfolioHit {
	file: string;
	message: string;
	/** The account it is about, if one. */
	account?: string;
}

/** What every catalogue entry says about its rule: the documentation and the weights. */
interface RuleInfo<Id extends string> {
	/** Stable id, `<area>.<what>`. */
	id: Id;
	/** Default severity. */
	severity: Severity;
	/** The heavier severity a rule may raise itself to (e.g. a review far overdue). */
	escalatesTo?: Severity;
	/** A short title for the guide and reports. */
	title: string;
	/** Why it matters, in the domain's words. */
	why: string;
	/** Health points one finding costs, when it weighs more than its severity. */
	weight?: number;
	/** Settings (from `content/settings.yaml`) or constants the rule reads. */
	thresholds?: readonly string[];
	/** An example of the message, for the guide. */
	example: string;
}

/** A rule over one account. */
export interface AccountRule<Id extends string = string> extends RuleInfo<Id> {
	scope: 'account';
	check(ctx: AccountContext): AccountHit[];
}

/** A rule over the whole portfolio. */
export interface PortfolioRule<Id extends string = string> extends RuleInfo<Id> {
	scope: 'portfolio';
	check(input: PortfolioInput): PortfolioHit[];
}

export type Rule<Id extends string = string> = AccountRule<Id> | PortfolioRule<Id>;

/** Declares an account rule; the id stays a literal type, so `RuleId` can be derived from the catalogue. */
export function accountRule<const Id extends string>(rule: Omit<AccountRule<Id>, 'scope'>): AccountRule<Id> {
	return { ...rule, scope: 'account' };
}

/** Declares a portfolio rule. */
export function portfolioRule<const Id extends string>(rule: Omit<PortfolioRule<Id>, 'scope'>): PortfolioRule<Id> {
	return { ...rule, scope: 'portfolio' };
}

/**
 * The row a path points into: the first list index in it, with the fields
 * before it as the list (`['actions', 2, 'due']` → `actions` row 2;
 * `['scorecard', 'measures', 1]` → `scorecard.measures` row 1); undefined
 * for a path into no list.
 */
export function targetOf(path: Path, renewal = false): FindingTarget | undefined {
	const at = path.findIndex((key) => typeof key === 'number');
	if (at < 1) return undefined;
	return { document: renewal ? 'renewal' : 'plan', list: path.slice(0, at).join('.'), index: path[at] as number };
}
