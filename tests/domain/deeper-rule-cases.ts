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
];
