/**
 * Test fixtures for the one-pagers: the sample portfolio as loaded from
 * `content/`, and an "extreme" portfolio built to break layouts — very long
 * names and objectives, many contacts and actions, Greek and Cyrillic, CJK
 * characters and emoji (drawn from the script fonts and Twemoji), milestones
 * on top of each other.
 */
import { analysePortfolio, type PortfolioAnalysis } from '../../src/domain/analysis';
import { loadPortfolio, type Portfolio } from '../../src/loader/portfolio';
import { planSchema, type PlanInput } from '../../src/schema/plan';
import { renewalSchema } from '../../src/schema/renewal';
import { settingsSchema } from '../../src/schema/settings';
import { REPO } from '../support/sandbox';

/** The date every one-pager test renders as of (the same as vitest's KEYPLAN_TODAY). */
export const TODAY = '2026-11-24';

/** The sample portfolio in `content/`, analysed as of TODAY. */
export function sampleAnalysis(): PortfolioAnalysis {
	return analysePortfolio(loadPortfolio(REPO).portfolio, TODAY);
}

const LONG = 'Unverhältnismäßig lange Bezeichnung ohne Rücksicht auf Verluste — '.repeat(6);
const WORD = 'Donaudampfschifffahrtsgesellschaftskapitänswitwenrentenversicherungsanstalt'.repeat(3);

/** Plan frontmatter with every list far longer than a slide holds. */
export function extremePlan(): PlanInput {
	const contacts = Array.from({ length: 24 }, (_, i) => ({
		id: `c${i}`,
		name: i === 0 ? 'Li Wei 李伟 🚀 Ünal' : i % 3 === 0 ? `Αλέξανδρος Παπαδόπουλος-Κωνσταντινίδης ${i}` : i % 3 === 1 ? `Екатерина Александровна Преображенская ${i}` : `${WORD} ${i}`,
		title: `${LONG} 🚀 漢字 ${i}`,
		department: `Département des opérations internationales ${i}`,
		role: i % 2 === 0 ? ('decision-maker' as const) : ('influencer' as const),
		stance: (['champion', 'supporter', 'neutral', 'sceptic', 'blocker'] as const)[i % 5],
	}));
	return {
		name: `Ωmega Нордвинд ${WORD} Holding 👩‍👩‍👧 漢字 ${LONG}`,
		tier: 'strategic',
		owner: 'sofia-marin',
		industry: LONG,
		region: LONG,
		reviewed: '2026-11-01',
		period: { start: '2026-01-01', end: '2027-12-31' },
		financials: {
			revenue: { 2026: 987654321 },
			walletSize: { 2026: 9876543210 },
			commitment: { year: 2026, amount: 999999999 },
			target: { year: 2026, amount: 1234567890 },
		},
		contacts,
		relationship: { strengths: [LONG], weaknesses: [`Secret weakness ${LONG}`], competitors: [{ name: 'Competitor Zeta Extreme', threat: 'high' }], sentiment: 'negative' },
		objectives: Array.from({ length: 15 }, (_, i) => ({ id: `o${i}`, title: `Objective ${i}: ${i % 2 ? WORD : LONG}`, target: LONG, due: '2027-06-30', progress: (i * 17) % 101 })),
		actions: Array.from({ length: 20 }, (_, i) => ({ title: `${WORD} action ${i} ${LONG}`, owner: `c${i}`, due: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`, status: 'open' as const })),
		cadence: [{ id: 'qbr', name: `Quarterly business review ${LONG}`, dates: ['2026-12-01', '2027-03-01', '2027-06-01', '2027-09-01', '2027-12-01', '2028-03-01'], time: '10:00', accepted: false }],
		opportunities: Array.from({ length: 9 }, (_, i) => ({ title: `Opportunity ${i} ${LONG}`, value: 123456789 * (i + 1), stage: 'proposal' as const, probability: 40 })),
		scorecard: {
			measures: Array.from({ length: 8 }, (_, i) => ({ id: `m${i}`, name: `Measure ${i} ${LONG}`, target: `≥ 99.5% ${LONG}`, weight: 1 })),
			reviews: ['2026-Q1', '2026-Q2', '2026-Q3'].map((period, p) => ({ period, scores: Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`m${i}`, (i + p * 3) % 11]) ) })),
		},
		risks: Array.from({ length: 7 }, (_, i) => ({ title: `Risk ${i} ${LONG}`, likelihood: 'very-high' as const, impact: 'very-high' as const })),
		contract: { start: '2020-01-01', end: '2027-06-30', noticeMonths: 0, value: 5e9, reference: LONG },
	};
}

/** A portfolio holding only the extreme account, with a renewal plan whose milestones pile up. */
export function extremePortfolio(): Portfolio {
	const plan = planSchema.parse(extremePlan());
	const renewal = renewalSchema.parse({
		objective: `${LONG} ${WORD}`,
		decisionMakers: plan.contacts.map((c) => c.id),
		milestones: Array.from({ length: 16 }, (_, i) => ({ title: `Milestone ${i} ${LONG}`, date: `2026-12-0${(i % 3) + 1}`, done: i % 4 === 0, owner: 'tom-okafor' })),
		valueDelivered: Array.from({ length: 9 }, () => LONG),
		risks: Array.from({ length: 9 }, (_, i) => ({ title: `Renewal risk ${i} ${LONG}`, likelihood: 'high' as const, impact: 'high' as const })),
		threats: Array.from({ length: 6 }, (_, i) => ({ competitor: `Competitor Zeta Extreme ${i}`, threat: 'very-high' as const, response: LONG })),
		proposedTerms: { durationMonths: 60, value: 123456789, summary: LONG },
	});
	const settings = settingsSchema.parse({ organisation: `Brightline ${LONG}` });
	const people = new Map([['sofia-marin', { name: `Sofia ${WORD}` }], ['tom-okafor', { name: 'Tom Okafor' }]]);
	return {
		settings,
		people,
		accounts: [{ slug: 'extreme', plan: { file: 'content/accounts/extreme/plan.mdx', data: plan, body: '' }, renewal: { file: 'content/accounts/extreme/renewal.mdx', data: renewal, body: '' } }],
	};
}
