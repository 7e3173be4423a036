/** Whitespace rules: potential nobody pursues, and large units nobody has mapped. */
import { formatMoneyExact as moneyExact } from '../format.ts';
import { accountRule } from './finding.ts';

export const whitespaceRules = [
	accountRule({
		id: 'whitespace.potential-unpursued',
		severity: 'info',
		title: 'Potential not pursued',
		why: 'Whitespace is only worth mapping if it turns into work: a potential with no opportunity and no objective against it is an opportunity others will take first.',
		example: 'Converting × Spare parts is potential (€80,000) with no opportunity or objective against it: add an opportunity or objective with unit: Converting, offering: spare-parts, or mark the cell none',
		check: ({ figures }) =>
			figures.whitespace.unpursued.map((cell) => ({
				path: cell.index === undefined ? ['whitespace'] : ['whitespace', 'cells', cell.index],
				message:
					`${cell.unit} × ${figures.whitespace.offerings.find((o) => o.id === cell.offering)?.name ?? cell.offering} is potential${cell.value === undefined ? '' : ` (${moneyExact(cell.value, figures.currency)})`} ` +
					`with no opportunity or objective against it: add an opportunity or objective with unit: ${cell.unit}, offering: ${cell.offering}, or mark the cell none`,
			})),
	}),
	accountRule({
		id: 'whitespace.large-unit-unknown',
		severity: 'warning',
		title: 'Large unit not mapped',
		why: 'A large unit of the customer where we know nothing about any offering is where a competitor can sit unseen; the seven actions ask where we have their spend, not only how much.',
		example: 'Corrix Group procurement is a large unit and nothing is known there about any offering: find out what they buy and from whom, and fill in its whitespace cells',
		check: ({ figures }) =>
			figures.whitespace.mapped
				? figures.whitespace.rows
						.filter((row) => row.size === 'large' && row.allUnknown)
						.map((row) => ({
							path: row.unitIndex === undefined ? ['whitespace', 'units'] : ['whitespace', 'units', row.unitIndex],
							message: `${row.unit} is a large unit and nothing is known there about any offering: find out what they buy and from whom, and fill in its whitespace cells`,
						}))
				: [],
	}),
] as const;
