/** Sections 1 and 2 of an account plan: the customer's business and how the customer sees itself. */
import { z } from 'astro/zod';
import { count, field, id, money, textList, url } from './primitives.ts';

/** An office or site of the customer. */
const office = z.union([
	z.string().min(1),
	z.strictObject({
		city: field(z.string().min(1), 'City of the office.'),
		country: field(z.string().optional(), 'Country of the office.'),
		role: field(z.string().optional(), 'What happens there, e.g. "R&D" or "distribution centre".'),
	}),
]);

export const businessSchema = z.strictObject({
	summary: field(z.string().optional(), 'Two or three sentences a newcomer needs to get the feel of the business.'),
	headquarters: field(z.string().optional(), 'Head office city and country.'),
	offices: field(z.array(office).default([]), 'Other offices and sites: a city, or { city, country, role }.'),
	businessUnits: field(textList.default([]), 'Business units or divisions we deal with or could deal with.'),
	employees: field(count.optional(), 'Number of employees (approximate is fine).'),
	annualRevenue: field(money.optional(), 'The customer\'s own annual revenue, in the plan\'s currency.'),
	links: field(z.array(url).default([]), 'Further reading: annual report, press page, LinkedIn.'),
});

/** An initiative the customer has announced; new opportunities often come from these. */
const initiative = z.strictObject({
	id: field(id.optional(), 'Short id so that opportunities can point to it.'),
	title: field(z.string().min(1), 'Name of the initiative or "special project".'),
	description: field(z.string().optional(), 'What it is and why it matters to them.'),
	// A year written as a number (`due: 2028`) is read as its text; `.inf` and `.nan` are no year, and stay refused.
	due: field(z.preprocess((v) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v), z.string()).optional(), 'When they expect it done, in their words (e.g. "2027-H1").'),
});

export const selfImageSchema = z.strictObject({
	strategy: field(z.string().optional(), 'The customer\'s strategy, as they would put it.'),
	priorities: field(textList.default([]), 'Their priorities for this year.'),
	initiatives: field(z.array(initiative).default([]), 'Strategic initiatives and special projects.'),
	successMeasures: field(textList.default([]), 'How the customer measures its own success (new or changed metrics are opportunities).'),
});
