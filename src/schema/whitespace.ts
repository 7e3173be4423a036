/**
 * The whitespace map: the customer's units (business units, sites, buying
 * centres) against our offerings (defined once in `settings.yaml`), each cell
 * saying where we sell today, where there is potential, where a competitor
 * sits and where nothing is known. A cell that is not listed is unknown.
 */
import { z } from 'astro/zod';
import { field, id, money } from './primitives.ts';

/** What is true of one unit × offering cell. */
export const cellStatus = z.enum(['ours', 'potential', 'competitor', 'none', 'unknown']);

/** How large a customer unit is, for judging where an unknown hurts most. */
export const unitSize = z.enum(['small', 'medium', 'large']);

/** A customer unit of the map: a name, or a name with its size. */
export const whitespaceUnit = z.union([
	z.string().min(1),
	z.strictObject({
		name: field(z.string().min(1), 'Name of the unit: a business unit of business.businessUnits, or a site or buying centre.'),
		size: field(unitSize.optional(), 'How large the unit is for us: small, medium or large (a large unit nobody has mapped is a finding).'),
	}),
]);

export const whitespaceCell = z.strictObject({
	unit: field(z.string().min(1), 'The customer unit: one of business.businessUnits or whitespace.units.'),
	offering: field(id, 'Our offering: an id of offerings in content/settings.yaml.'),
	status: field(cellStatus, 'ours (we sell it there today), potential, competitor, none (they do not buy it) or unknown.'),
	value: field(money.optional(), 'Estimated yearly value of the potential, in the plan\'s currency; only with status: potential.'),
	competitor: field(z.string().optional(), 'Who sells it there: a competitor named in relationship.competitors; only with status: competitor.'),
	note: field(z.string().optional(), 'What we know about this cell.'),
});

export const whitespaceSchema = z.strictObject({
	units: field(
		z.array(whitespaceUnit).default([]),
		'Rows of the map beyond business.businessUnits (sites, buying centres), or a business unit with its size: a name, or { name, size }.',
	),
	cells: field(z.array(whitespaceCell).default([]), 'What we know per unit and offering: { unit, offering, status, value, competitor, note }; a cell not listed is unknown.'),
});

export type Whitespace = z.infer<typeof whitespaceSchema>;
export type WhitespaceCell = z.infer<typeof whitespaceCell>;
export type CellStatus = z.infer<typeof cellStatus>;
export type UnitSize = z.infer<typeof unitSize>;

/** The name of a unit entry, written as a name or as `{ name, size }`. */
export const unitName = (unit: z.infer<typeof whitespaceUnit>): string => (typeof unit === 'string' ? unit : unit.name);
