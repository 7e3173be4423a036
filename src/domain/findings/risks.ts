/** Risk rules, over the account plan's risks and the renewal plan's. */
import type { RiskState } from '../figures/risks.ts';
import { accountRule, type AccountHit } from './finding.ts';

/** Hits for every risk of the plan and of the renewal plan that `test` picks. */
function eachRisk(plan: readonly RiskState[], renewal: readonly RiskState[], test: (r: RiskState) => boolean, message: (r: RiskState, renewal: boolean) => string, field?: string): AccountHit[] {
	const hit = (r: RiskState, inRenewal: boolean): AccountHit => ({ path: field ? ['risks', r.index, field] : ['risks', r.index], renewal: inRenewal, message: message(r, inRenewal) });
	return [...plan.filter(test).map((r) => hit(r, false)), ...renewal.filter(test).map((r) => hit(r, true))];
}

export const riskRules = [
	accountRule({
		id: 'risks.critical',
		severity: 'error',
		title: 'Critical risk',
		why: 'A risk both likely and damaging (high or very high on both) needs action now and the executive sponsor\'s attention.',
		example: '"Procurement moves technical services to a tender" is high likelihood and very-high impact: act on it now and escalate to the executive sponsor',
		check: ({ figures }) =>
			eachRisk(figures.risks, figures.renewalRisks, (r) => r.critical, ({ risk }, renewal) =>
				renewal
					? `renewal risk "${risk.title}" is ${risk.likelihood} likelihood and ${risk.impact} impact: act on it before the notice date`
					: `"${risk.title}" is ${risk.likelihood} likelihood and ${risk.impact} impact: act on it now and escalate to the executive sponsor`,
			),
	}),
	accountRule({
		id: 'risks.no-mitigation',
		severity: 'warning',
		title: 'Risk without mitigation',
		why: 'A risk written down without a mitigation is only a worry; decide what we do to prevent or soften it.',
		example: '"Key contact retires" has no mitigation: decide what we do to prevent or soften it',
		check: ({ figures }) =>
			eachRisk(
				figures.risks,
				figures.renewalRisks,
				(r) => !r.risk.mitigation,
				({ risk }, renewal) => (renewal ? `renewal risk "${risk.title}" has no mitigation: decide what we do about it` : `"${risk.title}" has no mitigation: decide what we do to prevent or soften it`),
				'mitigation',
			),
	}),
	accountRule({
		id: 'risks.no-owner',
		severity: 'warning',
		title: 'Risk without an owner',
		why: 'Someone on our side must watch each risk\'s early-warning signal.',
		example: '"Key contact retires" has no owner: name who on our side watches its early-warning signal',
		check: ({ figures }) =>
			eachRisk(figures.risks, [], (r) => !r.owner, ({ risk }) => `"${risk.title}" has no owner: name who on our side watches its early-warning signal`, 'owner'),
	}),
] as const;
