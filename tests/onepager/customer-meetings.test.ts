/**
 * The customer one-pager shows only the meetings agreed with the customer:
 * accepted, and with someone from the customer's side taking part. An
 * internal prep meeting or one the customer has not accepted never appears.
 */
import { describe, expect, test } from 'vitest';
import { customerSheet } from '../../src/onepager/customer-view';
import { analyseOne, planWith } from '../domain/support';

const plan = planWith((p) => {
	p.cadence = [
		{ id: 'qbr', name: 'Quarterly business review', dates: ['2026-12-10'], participants: ['jane', 'ceo'], accepted: true },
		{ id: 'prep', name: 'Internal prep: pricing floor', dates: ['2026-12-01'], participants: ['jane', 'omar'], accepted: true },
		{ id: 'pitch', name: 'Innovation day', dates: ['2026-12-05'], participants: ['jane', 'ops'], accepted: false },
	];
});

describe('customer one-pager meetings', () => {
	const a = analyseOne(plan);
	const sheet = customerSheet(a, { organisation: 'Brightline', today: '2026-11-24', people: new Map() });

	test('the domain says which upcoming meetings are agreed', () => {
		expect(a.figures.upcomingMeetings.map((m) => m.meeting.id)).toEqual(['prep', 'pitch', 'qbr']);
		expect(a.figures.agreedMeetings.map((m) => m.meeting.id)).toEqual(['qbr']);
	});

	test('only the accepted meeting with the customer is on the sheet, and it is the next meeting', () => {
		const text = JSON.stringify(sheet);
		expect(text).toContain('Quarterly business review');
		expect(text).not.toContain('Internal prep');
		expect(text).not.toContain('Innovation day');
		expect(sheet.kpis.find((k) => k.label === 'Next meeting')?.detail).toBe('Quarterly business review');
	});
});
