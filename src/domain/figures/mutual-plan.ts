/**
 * The mutual action plan of one account: the actions agreed with the customer
 * (`mutual: true`), who owns each (our side or theirs), and the objectives we
 * share with the customer (`shared: true`). What a customer-facing output may
 * show is decided from these figures, never from the whole plan.
 */
import type { Action, Objective } from '../../schema/objectives.ts';
import type { Plan } from '../../schema/plan.ts';
import { isOpen, type IndexedAction } from './schedule.ts';

/** Who owns an action: one of our people, a contact of the customer, or nobody yet. */
export type ActionSide = 'ours' | 'customer' | 'unowned';

/** An action of the mutual plan with the side that owns it. */
export interface MutualAction extends IndexedAction {
	side: ActionSide;
	/** True when it is open and its due date has passed. */
	overdue: boolean;
}

/** An objective shared with the customer, with its position in `objectives[]`. */
export interface SharedObjective {
	index: number;
	objective: Objective;
}

export interface MutualPlanFigures {
	/** Every action agreed with the customer, open first by due date, then done ones, in plan order. */
	mutualActions: MutualAction[];
	/** The open ones of `mutualActions`, by due date (undated last). */
	openMutualActions: MutualAction[];
	/** Open mutual actions owned by a customer contact whose due date has passed: ours to follow up, not to do. */
	customerOverdueActions: MutualAction[];
	/** Objectives marked `shared: true`. */
	sharedObjectives: SharedObjective[];
	/** True when nothing of the plan is shared yet: no shared objective and no mutual action. */
	nothingShared: boolean;
}

/** The side that owns `action`: a contact id is the customer's, anything else (a person id) ours. */
export function sideOf(action: Pick<Action, 'owner'>, plan: Pick<Plan, 'contacts'>): ActionSide {
	if (action.owner === undefined) return 'unowned';
	return plan.contacts.some((c) => c.id === action.owner) ? 'customer' : 'ours';
}

/** The mutual action plan and the shared objectives of a plan as of `today`. */
export function mutualPlanFigures(plan: Plan, today: string): MutualPlanFigures {
	const mutual = plan.actions
		.map((action, index) => ({ index, action, side: sideOf(action, plan), overdue: isOpen(action) && action.due !== undefined && action.due < today }))
		.filter(({ action }) => action.mutual);
	const open = mutual.filter(({ action }) => isOpen(action)).sort((a, b) => (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') || a.index - b.index);
	const mutualActions = [...open, ...mutual.filter(({ action }) => !isOpen(action))];
	const sharedObjectives = plan.objectives.flatMap((objective, index) => (objective.shared ? [{ index, objective }] : []));
	return {
		mutualActions,
		openMutualActions: open,
		customerOverdueActions: open.filter((a) => a.overdue && a.side === 'customer'),
		sharedObjectives,
		nothingShared: sharedObjectives.length === 0 && mutualActions.length === 0,
	};
}
