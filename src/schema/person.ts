/** `content/people/<id>.yaml`: one of our own people (account managers, sponsors, specialists). */
import { z } from 'astro/zod';
import { email, field } from './primitives.ts';

export const personSchema = z.strictObject({
	name: field(z.string().min(1), 'Full name.'),
	title: field(z.string().optional(), 'Job title, e.g. "Key Account Manager".'),
	email: field(email.optional(), 'Work e-mail address.'),
});

export type Person = z.infer<typeof personSchema>;
