/** The contract under which we deliver; its end date drives the renewal phase. */
import { z } from 'astro/zod';
import { field, internal, isoDate, money } from './primitives.ts';

export const contractSchema = z.strictObject({
	start: field(isoDate, 'First day of the contract.'),
	end: field(isoDate, 'Last day of the contract.'),
	value: internal(money.optional(), 'Total contract value in the plan\'s currency; internal only.'),
	noticeMonths: field(z.number().int().min(0).max(36).default(3), 'Notice period in months before the end date.'),
	reference: field(z.string().optional(), 'Contract number or name.'),
	autoRenews: field(z.boolean().default(false), 'True when the contract renews unless notice is given.'),
});

export type Contract = z.infer<typeof contractSchema>;
