/**
 * Rule fixtures for the deeper plans (issue 13): unknown stances, the mutual
 * action plan, the whitespace map. Each breaks the healthy base plan in one
 * place (trigger) or almost (near miss); `findings-rules.test.ts` runs them.
 */
import type { Case } from './findings-rules.test';

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
];
