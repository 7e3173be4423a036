/**
 * Rule fixtures for the deeper plans (issue 13): unknown stances, the mutual
 * action plan, the whitespace map. Each breaks the healthy base plan in one
 * place (trigger) or almost (near miss); `findings-rules.test.ts` runs them.
 */
import type { Case } from './findings-rules.test';

/** Two offerings, the columns of the whitespace map. */
export const OFFERINGS = { offerings: [{ id: 'parts', name: 'Spare parts' }, { id: 'service', name: 'Field service' }] };
const potentialInPlantA = (p: Parameters<Case['trigger']>[0]) => {
	p.business = { businessUnits: ['Plant A'] };
	p.whitespace = { cells: [{ unit: 'Plant A', offering: 'parts', status: 'potential', value: 50_000 }] };
};

export const DEEPER_CASES: Case[] = [
	{
		rule: 'contacts.decision-maker-not-assessed',
		trigger: (p) => delete p.contacts![0].stance,
		nearMiss: (p) => delete p.contacts![2].stance,
		path: 'contacts[0].stance',
		message: /Carla Chef is a decision maker whose stance toward us nobody has assessed/,
	},
	{
		rule: 'actions.customer-overdue',
		trigger: (p) => p.actions!.push({ title: 'Nominate a site lead', owner: 'ops', due: '2026-11-20', mutual: true }),
		// The same late action owned by us is our own overdue action, not the customer's.
		nearMiss: (p) => p.actions!.push({ title: 'Nominate a site lead', owner: 'jane', due: '2026-11-20', mutual: true }),
		path: 'actions[2].due',
		message: /owned by Otto Betrieb, agreed in the mutual plan\) was due 2026-11-20 \(4 days ago\): follow up with Otto Betrieb/,
	},
	{
		rule: 'whitespace.potential-unpursued',
		trigger: potentialInPlantA,
		nearMiss: (p) => {
			potentialInPlantA(p);
			Object.assign(p.opportunities![0], { unit: 'Plant A', offering: 'parts' });
		},
		settings: OFFERINGS,
		path: 'whitespace.cells[0]',
		severity: 'info',
		message: /Plant A × Spare parts is potential \(€50,000\) with no opportunity or objective against it/,
	},
	{
		rule: 'whitespace.large-unit-unknown',
		trigger: (p) => (p.whitespace = { units: [{ name: 'Group procurement', size: 'large' }] }),
		nearMiss: (p) => (p.whitespace = { units: [{ name: 'Group procurement', size: 'large' }], cells: [{ unit: 'Group procurement', offering: 'service', status: 'none' }] }),
		settings: OFFERINGS,
		path: 'whitespace.units[0]',
		message: /Group procurement is a large unit and nothing is known there/,
	},
];
