/**
 * A finding is a proactivity signal: a `Problem` with a stable rule id, the
 * field it concerns and a message that says what to do. Rules are pure
 * functions of one account's data, its figures, the settings and today.
 */
import type { Account } from '../../loader/portfolio';
import type { Person } from '../../schema/person';
import type { Plan } from '../../schema/plan';
import { formatPath, type Problem, type Severity } from '../../schema/problem';
import type { Settings } from '../../schema/settings';
import type { AccountFigures } from '../figures';

export interface Finding extends Problem {
	/** Stable rule id, e.g. `actions.overdue`; never renamed once published. */
	rule: string;
	/** Slug of the account the finding is about; absent for portfolio-wide findings. */
	account?: string;
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

/** A group of related rules over one account. */
export type AccountRules = (ctx: AccountContext) => Finding[];

type Path = ReadonlyArray<string | number>;

/** Builds findings about one account's plan (or, with `file`, its renewal plan). */
export class Findings {
	readonly list: Finding[] = [];
	constructor(private readonly ctx: AccountContext) {}

	/** Adds a finding on the plan file at `path`. */
	add(rule: string, severity: Severity, path: Path, message: string, file = this.ctx.account.plan.file): this {
		this.list.push({ file, path: formatPath(path), message, severity, rule, account: this.ctx.account.slug });
		return this;
	}
}

/** Runs `body` with a fresh collector and returns what it found. */
export function collect(ctx: AccountContext, body: (f: Findings) => void): Finding[] {
	const f = new Findings(ctx);
	body(f);
	return f.list;
}

/** `1 day`, `12 days`. */
export function days(n: number): string {
	return `${n} day${n === 1 ? '' : 's'}`;
}

/** `62%`. */
export function percent(fraction: number): string {
	return `${Math.round(fraction * 100)}%`;
}

/** `3,520,000 EUR`, grouped for reading. */
export function money(amount: number, currency: string): string {
	return `${Math.round(amount).toLocaleString('en-US')} ${currency}`;
}

/** A person's or contact's name for messages, falling back to the id. */
export function who(ctx: AccountContext, id: string | undefined): string {
	if (!id) return 'nobody';
	return ctx.people.get(id)?.name ?? ctx.plan.contacts.find((c) => c.id === id)?.name ?? id;
}
