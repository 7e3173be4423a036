/** Proactive account management: the mutually agreed meeting cadence. */
import { z } from 'astro/zod';
import { field, id, isoDate } from './primitives.ts';

export const frequency = z.enum(['weekly', 'biweekly', 'monthly', 'quarterly', 'half-yearly', 'yearly', 'ad-hoc']);
export const channel = z.enum(['on-site', 'video', 'phone', 'hybrid']);

export const meetingSchema = z.strictObject({
	id: field(id.optional(), 'Short id, kept stable so calendar subscriptions update instead of duplicating.'),
	name: field(z.string().min(1), 'Name of the meeting, e.g. "Quarterly business review".'),
	frequency: field(frequency.default('quarterly'), 'weekly, biweekly, monthly, quarterly, half-yearly, yearly or ad-hoc.'),
	dates: field(z.array(isoDate).default([]), 'Scheduled dates, YYYY-MM-DD.'),
	time: field(
		z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'write the time as HH:MM, 24-hour clock' }).optional(),
		'Start time (HH:MM, local time of the meeting); all-day when left out.',
	),
	durationMinutes: field(z.number().int().positive().max(24 * 60).default(60), 'Length in minutes.'),
	participants: field(z.array(z.string().min(1)).default([]), 'Who attends: person ids (our side) and contact ids (their side).'),
	channel: field(channel.default('video'), 'on-site, video, phone or hybrid.'),
	location: field(z.string().optional(), 'Where, for on-site meetings.'),
	accepted: field(z.boolean().default(false), 'True once the customer has accepted the schedule in advance.'),
	agenda: field(z.string().optional(), 'Standing agenda.'),
});

export type Meeting = z.infer<typeof meetingSchema>;
