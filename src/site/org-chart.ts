/**
 * Layout of the relationship map: contacts as an org chart by `reportsTo`.
 * A tidy tree in the simplest form that reads well: leaves take one slot each
 * left to right, a manager sits centred over its reports, each level is a row.
 * Contacts whose manager is unknown start their own tree. Pure geometry.
 */

/** What the layout needs of a contact. */
export interface OrgInput {
	id: string;
	reportsTo?: string;
}

export interface OrgNode<T extends OrgInput> {
	contact: T;
	/** Centre x and top y of the node's box, in px. */
	x: number;
	y: number;
	depth: number;
}

export interface OrgLayout<T extends OrgInput> {
	nodes: OrgNode<T>[];
	/** Manager → report connectors, as box-edge coordinates. */
	edges: { from: OrgNode<T>; to: OrgNode<T> }[];
	width: number;
	height: number;
}

export interface OrgMetrics {
	boxWidth: number;
	boxHeight: number;
	gapX: number;
	gapY: number;
	padding: number;
}

export const DEFAULT_METRICS: OrgMetrics = { boxWidth: 188, boxHeight: 70, gapX: 16, gapY: 40, padding: 8 };

/** Lays contacts out as a forest; input order decides sibling order. */
export function layoutOrgChart<T extends OrgInput>(contacts: readonly T[], metrics: OrgMetrics = DEFAULT_METRICS): OrgLayout<T> {
	const ids = new Set(contacts.map((c) => c.id));
	const children = new Map<string, T[]>();
	const roots: T[] = [];
	for (const c of contacts) {
		// Unknown or self managers make a root; cycles are refused by validation before a page is built.
		if (c.reportsTo && c.reportsTo !== c.id && ids.has(c.reportsTo)) {
			const siblings = children.get(c.reportsTo);
			if (siblings) siblings.push(c);
			else children.set(c.reportsTo, [c]);
		} else roots.push(c);
	}
	const { boxWidth, boxHeight, gapX, gapY, padding } = metrics;
	const slot = boxWidth + gapX;
	const nodes: OrgNode<T>[] = [];
	const edges: OrgLayout<T>['edges'] = [];
	const seen = new Set<string>();
	let nextLeaf = 0;
	let maxDepth = 0;

	interface Frame {
		contact: T;
		depth: number;
		kids: T[];
		next: number;
		placed: OrgNode<T>[];
	}
	/**
	 * Places a tree depth first, reports before their manager. An explicit
	 * stack instead of recursion: a reporting chain thousands of contacts
	 * deep must not overflow the call stack.
	 */
	function place(top: T, topDepth: number): void {
		const stack: Frame[] = [];
		const open = (contact: T, depth: number) => {
			seen.add(contact.id);
			maxDepth = Math.max(maxDepth, depth);
			stack.push({ contact, depth, kids: (children.get(contact.id) ?? []).filter((k) => !seen.has(k.id)), next: 0, placed: [] });
		};
		open(top, topDepth);
		while (stack.length > 0) {
			const frame = stack[stack.length - 1];
			if (frame.next < frame.kids.length) {
				open(frame.kids[frame.next++], frame.depth + 1);
				continue;
			}
			stack.pop();
			const { contact, depth, placed } = frame;
			const x = placed.length === 0 ? padding + (nextLeaf++ + 0.5) * slot - gapX / 2 : (placed[0].x + placed[placed.length - 1].x) / 2;
			const node = { contact, x, y: padding + depth * (boxHeight + gapY), depth };
			nodes.push(node);
			for (const child of placed) edges.push({ from: node, to: child });
			stack.at(-1)?.placed.push(node);
		}
	}
	for (const root of roots) place(root, 0);
	// Anything left (only possible with a reporting cycle) is placed as its own root.
	for (const c of contacts) if (!seen.has(c.id)) place(c, 0);

	const order = new Map(contacts.map((c, i) => [c.id, i]));
	nodes.sort((a, b) => order.get(a.contact.id)! - order.get(b.contact.id)!);
	return {
		nodes,
		edges,
		width: Math.max(1, nextLeaf) * slot - gapX + 2 * padding,
		height: (maxDepth + 1) * (boxHeight + gapY) - gapY + 2 * padding,
	};
}
