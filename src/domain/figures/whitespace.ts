/**
 * The whitespace map of one account as a grid: a row per customer unit, a
 * cell per offering of the settings (unknown where the plan says nothing),
 * whether each potential is pursued by an opportunity or objective, and the
 * potential per offering. Empty when the settings define no offerings.
 */
import type { Plan } from '../../schema/plan.ts';
import type { Settings } from '../../schema/settings.ts';
import { unitName, type CellStatus, type UnitSize } from '../../schema/whitespace.ts';
import { whitespaceUnits } from '../../schema/whitespace-references.ts';

/** One unit × offering cell of the grid. */
export interface GridCell {
	unit: string;
	offering: string;
	status: CellStatus;
	value?: number;
	competitor?: string;
	note?: string;
	/** Position in `whitespace.cells[]`; undefined for a cell the plan does not list. */
	index?: number;
	/** For potential: true when an open opportunity or an objective pursues it. */
	pursued: boolean;
}

/** One customer unit: its cells in the order of the settings' offerings. */
export interface GridRow {
	unit: string;
	size?: UnitSize;
	/** Position of the unit in `whitespace.units[]`, when it is listed there. */
	unitIndex?: number;
	cells: GridCell[];
	/** True when nothing is known about any offering in this unit. */
	allUnknown: boolean;
}

export interface WhitespaceFigures {
	/** False when the plan maps nothing (no cell, no unit of its own) or there are no offerings. */
	mapped: boolean;
	/** The columns: the settings' offerings. */
	offerings: Settings['offerings'];
	rows: GridRow[];
	/** Sum of the potential cells' values, in the plan's currency. */
	potential: number;
	/** Potential per offering id, in the plan's currency. */
	potentialByOffering: Record<string, number>;
	/** Potential cells no open opportunity or objective pursues. */
	unpursued: GridCell[];
}

/** The whitespace grid of a plan. */
export function whitespaceFigures(plan: Plan, settings: Settings): WhitespaceFigures {
	const offerings = settings.offerings;
	const listed = new Map(plan.whitespace.cells.map((cell, index) => [`${cell.unit}\u0000${cell.offering}`, { ...cell, index }]));
	const sized = new Map<string, { index: number; size?: UnitSize }>(plan.whitespace.units.map((u, index) => [unitName(u), { index, size: typeof u === 'string' ? undefined : u.size }]));
	const pursuers = [...plan.opportunities.filter((o) => o.stage !== 'lost'), ...plan.objectives];
	const pursued = (unit: string, offering: string) => pursuers.some((p) => p.offering === offering && (p.unit === undefined || p.unit === unit));
	const rows = whitespaceUnits(plan).map((unit) => {
		const cells: GridCell[] = offerings.map((o) => {
			const cell = listed.get(`${unit}\u0000${o.id}`);
			return cell ? { ...cell, pursued: cell.status === 'potential' && pursued(unit, o.id) } : { unit, offering: o.id, status: 'unknown', pursued: false };
		});
		return { unit, size: sized.get(unit)?.size, unitIndex: sized.get(unit)?.index, cells, allUnknown: cells.every((c) => c.status === 'unknown') };
	});
	const potentialCells = rows.flatMap((r) => r.cells).filter((c) => c.status === 'potential');
	const potentialByOffering = Object.fromEntries(offerings.map((o) => [o.id, potentialCells.filter((c) => c.offering === o.id).reduce((s, c) => s + (c.value ?? 0), 0)]));
	return {
		mapped: offerings.length > 0 && (plan.whitespace.cells.length > 0 || plan.whitespace.units.length > 0),
		offerings,
		rows,
		potential: potentialCells.reduce((s, c) => s + (c.value ?? 0), 0),
		potentialByOffering,
		unpursued: potentialCells.filter((c) => !c.pursued),
	};
}
