/**
 * The sections of an account plan, once: the seven actions of an account
 * plan in order, then the proactive sections. The account page's table of
 * contents and section headings, and the guide's "What goes in a plan", read
 * this list.
 */
export interface PlanSection {
	/** The frontmatter field that holds the section. */
	field: string;
	/** Anchor id of the section on the account page. */
	id: string;
	/** 1–7 for the seven actions; absent for the proactive sections. */
	number?: number;
	/** Heading on the account page. */
	title: string;
	/** Short name for the table of contents. */
	short: string;
	/** What it holds, for the guide. */
	holds: string;
}

export const PLAN_SECTIONS: readonly PlanSection[] = [
	{ field: 'business', id: 'business', number: 1, title: "The customer's business", short: 'Business', holds: 'profile, head office, offices, business units, size, links' },
	{ field: 'selfImage', id: 'self-image', number: 2, title: 'How the customer sees itself', short: 'Self-image', holds: 'strategy, priorities, initiatives, success measures' },
	{ field: 'financials', id: 'financials', number: 3, title: 'Financial data', short: 'Financials', holds: "revenue and wallet by year, this year's commitment, our target" },
	{ field: 'contacts', id: 'whos-who', number: 4, title: "Who's who", short: "Who's who", holds: 'contacts with role, influence, stance and reportsTo' },
	{ field: 'relationship', id: 'relationship', number: 5, title: 'The relationship', short: 'Relationship', holds: 'strengths, weaknesses, competitors, sentiment' },
	{ field: 'objectives', id: 'objectives', number: 6, title: 'Key objectives', short: 'Objectives', holds: 'what we want, the strategy, the measure' },
	{ field: 'actions', id: 'actions', number: 7, title: 'Action plan', short: 'Actions', holds: 'who does what by when, linked to an objective' },
	{ field: 'cadence', id: 'cadence', title: 'Meeting cadence', short: 'Cadence', holds: 'meetings agreed and accepted in advance' },
	{ field: 'opportunities', id: 'opportunities', title: 'Opportunities', short: 'Opportunities', holds: 'value, stage, the initiative they come from, the whitespace cell they pursue' },
	{ field: 'whitespace', id: 'whitespace', title: 'Whitespace map', short: 'Whitespace', holds: "the customer's units × our offerings: where we sell, potential, competitors, unknowns" },
	{ field: 'feedback', id: 'feedback', title: 'Start, stop, keep', short: 'Start/stop/keep', holds: 'start / stop / keep doing, how they measure us' },
	{ field: 'scorecard', id: 'scorecard', title: 'Scorecard', short: 'Scorecard', holds: 'their success measures, scored each quarter or half-year' },
	{ field: 'risks', id: 'risks', title: 'Risks and scenarios', short: 'Risks', holds: 'likelihood, impact, early warning, mitigation' },
	{ field: 'contract', id: 'contract', title: 'Contract', short: 'Contract', holds: 'start, end, notice: drives the renewal phase' },
];

/** The section held by a frontmatter field. */
export function sectionOf(field: string): PlanSection {
	const section = PLAN_SECTIONS.find((s) => s.field === field);
	if (!section) throw new Error(`no plan section for field "${field}"`);
	return section;
}
