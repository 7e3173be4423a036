/**
 * Speaker notes: what a director asks the account manager. Every finding with
 * what to do, the next actions with owners and due dates (overdue marked),
 * the next meetings; renewal slides list open milestones; long lists are cut
 * with a count of the rest.
 */
import { describe, expect, test } from 'vitest';
import { accountNotes, NOTE_ITEMS, renewalNotes } from '../../src/deck/notes';
import { analysePortfolio } from '../../src/domain/analysis';
import { ruleOf } from '../../src/domain/findings';
import { formatDate } from '../../src/domain/format';
import { extremePortfolio, sampleAnalysis, TODAY } from '../onepager/fixtures';

const analysis = sampleAnalysis();

describe('account notes', () => {
	test('hold every finding of the account with its rule title and its message (which says what to do)', () => {
		let findings = 0;
		for (const a of analysis.accounts) {
			const notes = accountNotes(a);
			expect(notes.startsWith(`${a.account.plan.data.name}: health ${a.health.score}/100`)).toBe(true);
			for (const f of a.findings) {
				expect(notes, `${a.slug}: ${f.rule}`).toContain(`${ruleOf(f.rule).title}: ${f.message}`);
				findings++;
			}
		}
		expect(findings).toBeGreaterThan(10);
	});

	test('list the next actions with owner and due date, overdue ones marked, and the next meetings', () => {
		const a = analysis.accounts.find((x) => x.figures.overdueActions.length > 0 && x.figures.upcomingMeetings.length > 0)!;
		expect(a, 'a sample account with an overdue action and a coming meeting').toBeDefined();
		const notes = accountNotes(a);
		for (const { action } of a.figures.openActions.slice(0, NOTE_ITEMS)) {
			expect(notes).toContain(`${action.title} — ${a.names.of(action.owner)}, ${action.due ? `due ${formatDate(action.due)}` : 'no due date'}`);
		}
		const [late] = a.figures.overdueActions;
		expect(notes).toContain(`${late.action.title} — ${a.names.of(late.action.owner)}, due ${formatDate(late.action.due)} (overdue)`);
		for (const m of a.figures.upcomingMeetings.slice(0, NOTE_ITEMS)) expect(notes).toContain(`${formatDate(m.date)}${m.meeting.time ? ` ${m.meeting.time}` : ''} — ${m.meeting.name}`);
	});

	test('cut long lists and count the rest', () => {
		const [a] = analysePortfolio(extremePortfolio(), TODAY).accounts;
		expect(a.figures.openActions.length).toBeGreaterThan(NOTE_ITEMS);
		const actions = accountNotes(a).split('\nNext actions')[1].split('\n\n')[0];
		expect(actions).toContain(`… and ${a.figures.openActions.length - NOTE_ITEMS} more`);
		expect(actions).toContain(a.figures.openActions[NOTE_ITEMS - 1].action.title);
		expect(actions).not.toContain(a.figures.openActions[NOTE_ITEMS].action.title);
	});
});

describe('renewal notes', () => {
	test('exist only with a renewal plan, with the contract dates, open milestones and the renewal findings', () => {
		const withRenewal = analysis.accounts.filter((a) => a.account.renewal);
		expect(withRenewal.length).toBeGreaterThan(0);
		for (const a of analysis.accounts.filter((x) => !x.account.renewal)) expect(renewalNotes(a)).toBeUndefined();
		for (const a of withRenewal) {
			const notes = renewalNotes(a)!;
			expect(notes).toContain(`Contract ends ${formatDate(a.figures.contractEnd)}; notice by ${formatDate(a.figures.noticeDate)}`);
			for (const { milestone } of a.figures.milestones.filter((m) => m.status !== 'done').slice(0, NOTE_ITEMS)) expect(notes).toContain(`${formatDate(milestone.date)} — ${milestone.title}`);
			for (const f of a.findings.filter((x) => x.file === a.account.renewal!.file)) expect(notes).toContain(f.message);
		}
	});
});
