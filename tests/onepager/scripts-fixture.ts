/**
 * A one-pager in many scripts: the sample Nordwind account renamed in
 * Japanese, with Arabic and Hebrew contact names, a Korean and a Chinese
 * contact, and an emoji in the first objective's title. The Korean and the
 * Chinese contact own mutual actions, so the customer variant (which shows no
 * who's who) draws their names too.
 */
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import { jobsOf, type ImageJob } from '../../src/onepager/jobs';
import { TODAY } from './fixtures';
import { REPO } from '../support/sandbox';

/** The texts the scripts sheet shows, for assertions. */
export const SCRIPTS = {
	/** "Hokuto Seiki Co., Ltd." */
	account: '北斗精機株式会社',
	/** "Sara Al-Mansouri" */
	arabic: 'سارة المنصوري',
	/** "Daniel Levi" */
	hebrew: 'דניאל לוי',
	korean: '김민준',
	chinese: '王芳',
	emoji: '🚀',
	objective: '🚀 Launch the Tokyo service hub',
} as const;

/** The account and customer one-pagers of the scripts account (loaded from `content/`, then renamed). */
export function scriptsJobs(): ImageJob[] {
	const { portfolio } = loadPortfolio(REPO);
	const source = portfolio.accounts.find((a) => a.slug === 'nordwind-logistics');
	if (!source) throw new Error('sample account nordwind-logistics is missing');
	const data = structuredClone(source.plan.data);
	data.name = SCRIPTS.account;
	const names = [SCRIPTS.arabic, SCRIPTS.hebrew, SCRIPTS.korean, SCRIPTS.chinese];
	data.contacts = data.contacts.map((c, i) => (i < names.length ? { ...c, name: names[i] } : c));
	data.objectives = data.objectives.map((o, i) => (i === 0 ? { ...o, title: SCRIPTS.objective } : o));
	const owners = data.contacts.slice(2, names.length).map((c, i) => ({ title: `Follow-up ${i + 1}`, owner: c.id, due: `2026-11-2${5 + i}`, status: 'open' as const, mutual: true }));
	data.actions = [...owners, ...data.actions];
	const account = { slug: 'hokuto-seiki', plan: { ...source.plan, data } };
	return jobsOf(analysePortfolio({ ...portfolio, accounts: [account] }, TODAY));
}

/** The sample Nordwind account's one-pagers, unchanged: Latin script only. */
export function latinJobs(): ImageJob[] {
	const { portfolio } = loadPortfolio(REPO);
	return jobsOf(analysePortfolio(portfolio, TODAY), new Set(['nordwind-logistics']));
}
