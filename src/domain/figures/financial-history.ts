/**
 * Year-by-year financial history of one plan: our revenue, the customer's
 * wallet in our categories and our share of it, the customer's commitment and
 * how much of it the revenue reached, and our target, for every year that has
 * any of them. The current year's figures are also in `RevenueFigures`.
 */
import type { Plan } from '../../schema/plan.ts';

export interface FinancialYear {
	year: number;
	revenue: number | undefined;
	wallet: number | undefined;
	/** Revenue ÷ wallet (0..1) when both are known and the wallet is not zero; internal only. */
	shareOfWallet: number | undefined;
	/** The customer's commitment for the year. */
	commitment: number | undefined;
	/** Revenue ÷ commitment (may exceed 1) when both are known. */
	commitmentReached: number | undefined;
	/** Our internal target for the year; internal only. */
	target: number | undefined;
}

const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : undefined);

/** Every year with revenue, wallet, commitment or target, oldest first. */
export function financialHistory(plan: Plan): FinancialYear[] {
	const { revenue, walletSize, commitment, target } = plan.financials;
	const years = [...new Set([...Object.keys(revenue).map(Number), ...Object.keys(walletSize).map(Number), ...commitment.map((c) => c.year), ...target.map((t) => t.year)])].sort((a, b) => a - b);
	return years.map((year) => {
		const r = revenue[String(year)];
		const w = walletSize[String(year)];
		const c = commitment.find((x) => x.year === year)?.amount;
		return { year, revenue: r, wallet: w, shareOfWallet: ratio(r, w), commitment: c, commitmentReached: ratio(r, c), target: target.find((x) => x.year === year)?.amount };
	});
}
