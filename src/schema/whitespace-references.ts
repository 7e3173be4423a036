/**
 * Cross-references of a plan's whitespace map: every cell's unit is a unit of
 * the map, its offering is one of settings.yaml's offerings, a competitor
 * cell names a competitor of the relationship section, values go with
 * potential only, and no cell is listed twice. Opportunities and objectives
 * that pursue a cell name a real unit and offering.
 */
import type { DeepPartial } from './partial.ts';
import type { Plan } from './plan.ts';
import type { Report } from './reference-report.ts';
import type { Settings } from './settings.ts';

/** The names of the map's rows: the business units, then the units listed in the map. */
export function whitespaceUnits(plan: DeepPartial<Plan>): string[] {
	// A partly valid plan may hold a unit without its name.
	const names = [...(plan.business?.businessUnits ?? []), ...(plan.whitespace?.units ?? []).map((u) => (typeof u === 'string' ? u : u?.name))];
	return [...new Set(names.filter((n): n is string => typeof n === 'string'))];
}

/** Reports the whitespace problems of one plan into `r`. */
export function whitespaceReferences(plan: DeepPartial<Plan>, settings: Settings, r: Report): void {
	const units = new Set(whitespaceUnits(plan));
	const offerings = new Set(settings.offerings.map((o) => o.id));
	if (offerings.size === 0) {
		// One error, not one per cell: the fix is in settings.yaml.
		const used = (plan.whitespace?.cells ?? []).length > 0 || [...(plan.opportunities ?? []), ...(plan.objectives ?? [])].some((item) => item?.offering !== undefined);
		if (used) r.error(['whitespace'], 'this plan names offerings (whitespace map, opportunities or objectives), but content/settings.yaml defines none: add offerings: [{ id, name }] there');
		return;
	}
	const competitors = new Set((plan.relationship?.competitors ?? []).flatMap((c) => (c?.name === undefined ? [] : [c.name])));
	const seen = new Map<string, number>();
	(plan.whitespace?.cells ?? []).forEach((cell, i) => {
		if (!cell) return;
		const at = (field: string) => ['whitespace', 'cells', i, field];
		r.reference(at('unit'), cell.unit, 'unit of the whitespace map', units);
		r.reference(at('offering'), cell.offering, 'offering of content/settings.yaml', offerings);
		if (cell.status === 'competitor') {
			if (cell.competitor === undefined) r.error(at('competitor'), 'a competitor cell names the competitor: add competitor: <a name from relationship.competitors>');
			else r.reference(at('competitor'), cell.competitor, 'competitor of relationship.competitors', competitors);
		} else if (cell.competitor !== undefined && cell.status !== undefined) r.error(at('competitor'), `competitor is only for status: competitor (this cell is ${cell.status})`);
		if (cell.value !== undefined && cell.status !== undefined && cell.status !== 'potential') r.error(at('value'), `value is the estimated potential, only for status: potential (this cell is ${cell.status})`);
		const key = `${cell.unit}\u0000${cell.offering}`;
		const first = seen.get(key);
		if (first !== undefined) r.error(at('offering'), `${cell.unit} × ${cell.offering} is already mapped in whitespace.cells[${first}]`);
		else seen.set(key, i);
	});
	for (const list of ['opportunities', 'objectives'] as const) {
		(plan[list] ?? []).forEach((item, i) => {
			r.reference([list, i, 'unit'], item?.unit, 'unit of the whitespace map', units);
			r.reference([list, i, 'offering'], item?.offering, 'offering of content/settings.yaml', offerings);
		});
	}
}
