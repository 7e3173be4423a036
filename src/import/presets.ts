/**
 * What each source system calls its columns and its stages. A preset names,
 * for every field the import reads, the headers that system writes (matched
 * case- and space-insensitively); `--map` and `settings.yaml`'s `import`
 * section rename columns and map further stages on top of it.
 */
import type { Opportunity } from '../schema/opportunities.ts';

/** The fields an import reads from a row. */
export type FieldName = 'accountId' | 'account' | 'date' | 'amount' | 'currency' | 'id' | 'name' | 'stage' | 'closeDate' | 'probability' | 'owner';

/** What the two kinds of import need. */
export type ImportKind = 'revenue' | 'opportunities';

export type Stage = Opportunity['stage'];

/** A source system's headers and stages. */
export interface Preset {
	/** Headers per field, first match wins; `date` also reads a period column. */
	columns: Partial<Record<FieldName, string[]>>;
	/** Its stage names (lower case) to Keyplan's stages. */
	stages: Record<string, Stage>;
	/** Whether its probability is a fraction (0–1) rather than a percent. */
	probabilityFraction?: boolean;
}

/** Keyplan's own stage names, which every preset also understands. */
const KEYPLAN_STAGES: Record<string, Stage> = { idea: 'idea', qualified: 'qualified', proposal: 'proposal', negotiation: 'negotiation', won: 'won', lost: 'lost' };

const GENERIC: Preset = {
	columns: {
		accountId: ['account id'],
		account: ['account'],
		date: ['date', 'period'],
		amount: ['amount'],
		currency: ['currency'],
		id: ['id'],
		name: ['name'],
		stage: ['stage'],
		closeDate: ['close date'],
		probability: ['probability'],
		owner: ['owner'],
	},
	stages: KEYPLAN_STAGES,
};

/** Salesforce's opportunity report with its default sales process. */
const SALESFORCE: Preset = {
	columns: {
		accountId: ['account id', 'account id (18)'],
		account: ['account name', 'account'],
		date: ['close date', 'date'],
		amount: ['amount', 'total price'],
		currency: ['opportunity currency', 'amount currency', 'currency'],
		id: ['opportunity id', 'opportunity id (18)', 'id'],
		name: ['opportunity name', 'name'],
		stage: ['stage'],
		closeDate: ['close date'],
		probability: ['probability (%)', 'probability'],
		owner: ['opportunity owner', 'owner email', 'owner'],
	},
	stages: {
		...KEYPLAN_STAGES,
		prospecting: 'idea',
		qualification: 'qualified',
		'needs analysis': 'qualified',
		'value proposition': 'qualified',
		'id. decision makers': 'qualified',
		'perception analysis': 'proposal',
		'proposal/price quote': 'proposal',
		'negotiation/review': 'negotiation',
		'closed won': 'won',
		'closed lost': 'lost',
	},
};

/** HubSpot's deals export with its default sales pipeline. */
const HUBSPOT: Preset = {
	columns: {
		accountId: ['associated company id', 'company id', 'associated company ids (primary)'],
		account: ['associated company', 'associated company (primary)', 'company name', 'company'],
		date: ['close date', 'date'],
		amount: ['amount', 'amount in company currency'],
		currency: ['currency', 'deal currency code'],
		id: ['record id', 'deal id'],
		name: ['deal name'],
		stage: ['deal stage'],
		closeDate: ['close date'],
		probability: ['deal probability', 'probability'],
		owner: ['deal owner', 'owner'],
	},
	stages: {
		...KEYPLAN_STAGES,
		'appointment scheduled': 'idea',
		'qualified to buy': 'qualified',
		'presentation scheduled': 'qualified',
		'decision maker bought-in': 'proposal',
		'contract sent': 'negotiation',
		'closed won': 'won',
		'closed lost': 'lost',
	},
	probabilityFraction: true,
};

/** The presets by name. */
export const PRESETS = { generic: GENERIC, salesforce: SALESFORCE, hubspot: HUBSPOT } as const;

export type PresetName = keyof typeof PRESETS;

/** The fields a kind of import must find a column for. */
export const REQUIRED: Record<ImportKind, FieldName[]> = {
	revenue: ['date', 'amount'],
	opportunities: ['name'],
};

/** Normalises a header or stage for matching: case, surrounding and repeated spaces ignored. */
export const normal = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** Overrides from `--map` or settings: a header per field, and further stage names. */
export interface Mapping {
	columns?: Partial<Record<FieldName, string>>;
	stages?: Record<string, Stage>;
	locale?: string;
}

/** The preset with the overrides applied: a mapped column replaces the preset's headers for that field. */
export function withMapping(preset: Preset, ...mappings: (Mapping | undefined)[]): Preset {
	const columns = { ...preset.columns };
	const stages = { ...preset.stages };
	for (const mapping of mappings) {
		for (const [field, header] of Object.entries(mapping?.columns ?? {})) columns[field as FieldName] = [normal(header)];
		for (const [name, stage] of Object.entries(mapping?.stages ?? {})) stages[normal(name)] = stage;
	}
	return { ...preset, columns, stages };
}

/** Where each field's column is in the header (0-based), for the fields found. */
export function locateColumns(header: readonly string[], preset: Preset): Partial<Record<FieldName, number>> {
	const names = header.map(normal);
	const found: Partial<Record<FieldName, number>> = {};
	for (const [field, candidates] of Object.entries(preset.columns) as [FieldName, string[]][]) {
		for (const candidate of candidates) {
			const at = names.indexOf(candidate);
			if (at >= 0) {
				found[field] = at;
				break;
			}
		}
	}
	return found;
}
