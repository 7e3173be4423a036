/**
 * The completeness of one account's plan, per section, from the completeness
 * catalogue (`findings/completeness-checks.ts`): how many of each section's checks
 * are met, and which are missing. Computed once, into the account view.
 */
import { sectionOf } from '../schema/sections.ts';
import { COMPLETENESS, type CompletenessContext } from './findings/completeness-checks.ts';

/** One section's completeness. */
export interface SectionCompleteness {
	/** The section's frontmatter field. */
	field: string;
	/** Short name of the section (table of contents). */
	short: string;
	/** Anchor id of the section on the account page. */
	id: string;
	met: number;
	total: number;
	/** met ÷ total, 0..1. */
	fraction: number;
	/** Titles of the checks not met. */
	missing: string[];
}

export interface Completeness {
	/** The sections that apply to this plan, in plan order. */
	sections: SectionCompleteness[];
	/** Checks met ÷ checks, over every applicable section, 0..1. */
	overall: number;
}

/** How complete each section of a plan is. */
export function completenessOf(ctx: CompletenessContext): Completeness {
	const sections = COMPLETENESS.filter((s) => s.applies?.(ctx) ?? true).map(({ field, checks }) => {
		const missing = checks.filter((c) => !c.met(ctx)).map((c) => c.title);
		const met = checks.length - missing.length;
		const { short, id } = sectionOf(field);
		return { field, short, id, met, total: checks.length, fraction: met / checks.length, missing };
	});
	const met = sections.reduce((sum, s) => sum + s.met, 0);
	const total = sections.reduce((sum, s) => sum + s.total, 0);
	return { sections, overall: total === 0 ? 0 : met / total };
}
