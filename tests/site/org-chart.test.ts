/** Relationship map layout: an org chart by reportsTo. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_METRICS, layoutOrgChart } from '../../src/site/org-chart';

const { boxWidth, boxHeight, gapX, gapY, padding } = DEFAULT_METRICS;
const slot = boxWidth + gapX;

describe('layoutOrgChart', () => {
	test('puts a manager centred above its reports, one row per level', () => {
		const layout = layoutOrgChart([{ id: 'ceo' }, { id: 'coo', reportsTo: 'ceo' }, { id: 'cfo', reportsTo: 'ceo' }, { id: 'eng', reportsTo: 'coo' }]);
		const at = new Map(layout.nodes.map((n) => [n.contact.id, n]));
		expect(at.get('ceo')!.depth).toBe(0);
		expect(at.get('eng')!.depth).toBe(2);
		expect(at.get('ceo')!.x).toBe((at.get('coo')!.x + at.get('cfo')!.x) / 2);
		expect(at.get('coo')!.x).toBe(at.get('eng')!.x);
		expect(at.get('eng')!.y).toBe(padding + 2 * (boxHeight + gapY));
		expect(layout.edges.map((e) => `${e.from.contact.id}>${e.to.contact.id}`).sort()).toEqual(['ceo>cfo', 'ceo>coo', 'coo>eng']);
		expect(layout.width).toBe(2 * slot - gapX + 2 * padding);
		expect(layout.height).toBe(3 * (boxHeight + gapY) - gapY + 2 * padding);
	});

	test('keeps the input order and never overlaps boxes on a row', () => {
		const contacts = [{ id: 'a' }, { id: 'b', reportsTo: 'a' }, { id: 'c', reportsTo: 'a' }, { id: 'd', reportsTo: 'a' }, { id: 'e' }, { id: 'f', reportsTo: 'e' }];
		const layout = layoutOrgChart(contacts);
		expect(layout.nodes.map((n) => n.contact.id)).toEqual(contacts.map((c) => c.id));
		const rows = Map.groupBy(layout.nodes, (n) => n.depth);
		for (const row of rows.values()) {
			const xs = row.map((n) => n.x).sort((p, q) => p - q);
			for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(boxWidth);
		}
		for (const n of layout.nodes) {
			expect(n.x - boxWidth / 2).toBeGreaterThanOrEqual(0);
			expect(n.x + boxWidth / 2).toBeLessThanOrEqual(layout.width);
		}
	});

	test('starts a new tree for contacts whose manager is unknown or themselves, and survives a cycle', () => {
		const layout = layoutOrgChart([{ id: 'x', reportsTo: 'nobody' }, { id: 'y', reportsTo: 'y' }, { id: 'p', reportsTo: 'q' }, { id: 'q', reportsTo: 'p' }]);
		expect(layout.nodes).toHaveLength(4);
		expect(layout.nodes.find((n) => n.contact.id === 'x')!.depth).toBe(0);
		expect(layout.nodes.find((n) => n.contact.id === 'y')!.depth).toBe(0);
	});

	test('an empty list gives an empty chart', () => {
		expect(layoutOrgChart([]).nodes).toEqual([]);
	});
});
