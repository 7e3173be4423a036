/**
 * Year-by-year financial history of one plan: our revenue, the customer's
 * wallet in our categories and our share of it, for every year that has
 * either figure. The current year's share is also in `RevenueFigures`.
 */
import type { Plan } from '../../schema/plan';

export interface FinancialYear {
	year: number;
	revenue: number | undefined;
	wallet: number | undefined;
	/** Revenue ÷ wallet (0..1) when both are known and the wallet is not zero; internal only. */
	shareOfWallet: number | undefined;
}

/** Every year with revenue or wallet data, oldest first. */
export function financialHistory(plan: Plan): FinancialYear[] {
	const { revenue, walletSize } = plan.financials;
	const years = [...new Set([...Object.keys(revenue), ...Object.keys(walletSize)])].map(Number).sort((a, b) => a - b);
	return years.map((year) => {
		const r = revenue[String(year)];
		const w = walletSize[String(year)];
		return { year, revenue: r, wallet: w, shareOfWallet: r !== undefined && w ? r / w : undefined };
	});
}
