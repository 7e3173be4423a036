/** The `--map <mapping.yaml>` file of `npm run import`: column names, stage names and number format of one export. */
import { z } from 'astro/zod';
import { opportunityStage } from './opportunities.ts';
import { field } from './primitives.ts';

/** The fields an import reads; a mapping names the export's header for each. */
export const importFields = z.enum(['accountId', 'account', 'date', 'amount', 'currency', 'id', 'name', 'stage', 'closeDate', 'probability', 'owner']);

export const importMapSchema = z.strictObject({
	columns: field(
		z.partialRecord(importFields, z.string().min(1)).default({}),
		'The export\'s header for a field, e.g. { account: Kunde, date: Monat, amount: Umsatz }; it replaces the preset\'s headers for that field.',
	),
	stages: field(z.record(z.string().min(1), opportunityStage).default({}), 'CRM stage names (any case) to Keyplan\'s stages, e.g. { "Verbal commit": negotiation }.'),
	locale: field(z.string().min(2).optional(), 'How the export writes numbers and dates, e.g. de (1.234,56 and 31.12.2026) or en-US (1,234.56 and 12/31/2026).'),
});

export type ImportMap = z.infer<typeof importMapSchema>;
