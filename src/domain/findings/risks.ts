/**
 * Risk rules (account plan risks and renewal plan risks):
 * - `risks.critical` (error): likelihood and impact both high or very high.
 * - `risks.no-mitigation` (warning): a risk without mitigation.
 * - `risks.no-owner` (warning): an account plan risk nobody watches.
 */
import type { Level } from '../../schema/primitives';
import { collect, type AccountRules } from './finding';

const HIGH: ReadonlySet<Level> = new Set(['high', 'very-high']);

/** True when a risk is both likely and damaging. */
export function isCritical(risk: { likelihood: Level; impact: Level }): boolean {
	return HIGH.has(risk.likelihood) && HIGH.has(risk.impact);
}

export const riskRules: AccountRules = (ctx) =>
	collect(ctx, (f) => {
		ctx.plan.risks.forEach((risk, index) => {
			if (isCritical(risk)) {
				f.add('risks.critical', 'error', ['risks', index], `"${risk.title}" is ${risk.likelihood} likelihood and ${risk.impact} impact: act on it now and escalate to the executive sponsor`);
			}
			if (!risk.mitigation) f.add('risks.no-mitigation', 'warning', ['risks', index, 'mitigation'], `"${risk.title}" has no mitigation: decide what we do to prevent or soften it`);
			if (!risk.owner) f.add('risks.no-owner', 'warning', ['risks', index, 'owner'], `"${risk.title}" has no owner: name who on our side watches its early-warning signal`);
		});
		const renewal = ctx.account.renewal;
		renewal?.data.risks.forEach((risk, index) => {
			if (isCritical(risk)) {
				f.add('risks.critical', 'error', ['risks', index], `renewal risk "${risk.title}" is ${risk.likelihood} likelihood and ${risk.impact} impact: act on it before the notice date`, renewal.file);
			}
			if (!risk.mitigation) f.add('risks.no-mitigation', 'warning', ['risks', index, 'mitigation'], `renewal risk "${risk.title}" has no mitigation: decide what we do about it`, renewal.file);
		});
	});
