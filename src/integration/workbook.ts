/**
 * Astro integration that writes `dist/portfolio.xlsx` (the whole portfolio
 * as a workbook, linked from the dashboard) when the build is done, from the
 * build's one load and analysis of the content.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analysisOf } from '../present/analysed.ts';
import { today } from '../build/today.ts';
import { loadedProject } from '../loader/project.ts';
import { PORTFOLIO_WORKBOOK, portfolioWorkbook } from '../workbook/portfolio-workbook.ts';

/** Writes the portfolio workbook into the built site. */
export function keyplanWorkbook(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'keyplan-workbook',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { bytes, accounts } = await portfolioWorkbook(analysisOf(loadedProject(root).portfolio, today()));
				writeFileSync(join(fileURLToPath(dir), PORTFOLIO_WORKBOOK), bytes);
				logger.info(`workbook: ${PORTFOLIO_WORKBOOK} with ${accounts} accounts (${Math.round(bytes.length / 1024)} KB, ${Math.round(performance.now() - started)} ms)`);
			},
		},
	};
}
