/**
 * What a plan's narrative (the Markdown after the frontmatter) may contain.
 * Plans are data, not code: the narrative is CommonMark + GFM tables, a few
 * harmless inline HTML elements and Keyplan's own `<Callout>`, every
 * attribute a literal string. No ESM `import`/`export`, no `{…}` expression,
 * no other element, no `on*` attribute, links only to `https:`, `http:`,
 * `mailto:` and in-page anchors, no images (they would load from another
 * host). `npm run check` and the build both refuse anything else, with its
 * line; the site renders narratives from this same allow-list and never
 * compiles them to JavaScript.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** A problem in a narrative, with its 1-based position in the file. */
export interface NarrativeProblem {
	line: number;
	column: number;
	message: string;
}

/** Inline HTML elements a narrative may use, with the attributes each takes. */
export const NARRATIVE_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
	abbr: ['title'],
	br: [],
	sub: [],
	sup: [],
	kbd: [],
	mark: [],
	small: [],
	s: [],
	u: [],
	ins: [],
	del: [],
	details: ['open'],
	summary: [],
	dl: [],
	dt: [],
	dd: [],
};

/** Keyplan's own narrative components: a highlighted note, with literal props. */
export const NARRATIVE_COMPONENTS = {
	Callout: {
		/** How the note is coloured. */
		tone: ['note', 'success', 'warning', 'risk'],
		/** An optional heading of the note. */
		title: undefined,
	},
} as const satisfies Record<string, Record<string, readonly string[] | undefined>>;

/** Markdown node types a narrative may contain; anything else is refused. */
const MARKDOWN_NODES = new Set([
	'root', 'paragraph', 'heading', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'code', 'blockquote',
	'list', 'listItem', 'thematicBreak', 'break', 'link', 'linkReference', 'definition',
	'table', 'tableRow', 'tableCell', 'footnoteReference', 'footnoteDefinition',
]);

/** Link schemes a narrative may use; in-page `#anchors` are allowed too. */
export const NARRATIVE_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

/** Parser options shared by the check and the renderer, so both read the same tree. */
export const PARSE_OPTIONS = { features: { frontmatter: false, gfm: true } } as const;

/** True for a link target the site may render: http(s), mailto or `#anchor`. */
export function isSafeNarrativeUrl(url: string): boolean {
	if (/^#[^\s]*$/.test(url)) return true;
	// The URL parser drops tabs and line breaks the way browsers do, so "java\tscript:" is judged as "javascript:".
	try {
		const parsed = new URL(url);
		return (NARRATIVE_SCHEMES as readonly string[]).includes(parsed.protocol);
	} catch {
		return false;
	}
}

const ESCAPE_HINT = 'for a literal "<" write \\< or &lt;, for a literal "{" write \\{';
const allowedList = () => [...Object.keys(NARRATIVE_ELEMENTS).map((n) => `<${n}>`), ...Object.keys(NARRATIVE_COMPONENTS).map((n) => `<${n}>`)].join(', ');

type Attribute = { type: string; name?: string; value?: unknown };

/** Problems of one JSX element: its name and each attribute against the allow-lists. */
function elementProblems(node: { name?: string | null; attributes?: Attribute[] }): string[] {
	const name = node.name;
	if (!name) return ['fragments (<>…</>) are not allowed in a plan narrative: remove the <> and </>'];
	const component = (NARRATIVE_COMPONENTS as Record<string, Record<string, readonly string[] | undefined>>)[name];
	const element = NARRATIVE_ELEMENTS[name];
	if (!component && !element) {
		return [`<${name}> is not allowed in a plan narrative: plans are data, not code (allowed: ${allowedList()}; ${ESCAPE_HINT})`];
	}
	const allowed = component ? Object.keys(component) : (element ?? []);
	const problems: string[] = [];
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
			problems.push(`<${name}> may not take a {…} expression: write each attribute as name="text"`);
			continue;
		}
		const attr = attribute.name;
		if (/^on/i.test(attr)) {
			problems.push(`<${name} ${attr}>: event attributes (on…) are not allowed in a plan narrative`);
		} else if (!allowed.includes(attr)) {
			problems.push(`<${name}> does not take "${attr}" (${allowed.length ? `allowed: ${allowed.join(', ')}` : 'it takes no attributes'})`);
		} else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
			problems.push(`<${name} ${attr}={…}>: attribute values must be literal text in quotes: ${attr}="…"`);
		} else if (component) {
			const values = component[attr];
			if (values && !values.includes(String(attribute.value))) {
				problems.push(`<${name} ${attr}="${String(attribute.value)}">: ${attr} must be one of ${values.join(', ')}`);
			}
		}
	}
	return problems;
}

/** The problems of one node (not its children). */
function nodeProblems(node: MdastNode): string[] {
	const n = node as MdastNode & { name?: string | null; attributes?: Attribute[]; url?: string; value?: string };
	switch (n.type) {
		case 'mdxjsEsm':
			return ['import/export is not allowed in a plan narrative: plans are data, not code (if this is prose, reword the line so it does not start with "import" or "export")'];
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return [`{…} expressions are not allowed in a plan narrative: plans are data, not code (for literal braces write \\{${String(n.value ?? '').trim().slice(0, 20)}\\} or drop the braces)`];
		case 'mdxJsxFlowElement':
		case 'mdxJsxTextElement':
			return elementProblems(n);
		case 'image':
		case 'imageReference':
			return ['images are not shown in plan narratives (they would load from another host): link to the picture instead, [title](https://…)'];
		case 'html':
			return [`raw HTML is not allowed in a plan narrative (${ESCAPE_HINT})`];
		case 'link':
		case 'definition':
			return n.url !== undefined && !isSafeNarrativeUrl(n.url)
				? [`"${n.url.slice(0, 80)}" is not a link Keyplan accepts: use an https:, http: or mailto: address, or an in-page #anchor`]
				: [];
		default:
			return MARKDOWN_NODES.has(n.type) ? [] : [`${n.type} is not allowed in a plan narrative`];
	}
}

/** Parses a narrative; a syntax error becomes a problem with its position in the file. */
export function parseNarrative(body: string): { tree: MdastNode } | { error: { line: number; column: number; message: string } } {
	try {
		return { tree: mdxToMdast(body, PARSE_OPTIONS) };
	} catch (error) {
		const text = String((error as Error)?.message ?? error);
		const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(text);
		if (!match) return { error: { line: 1, column: 1, message: `not valid Markdown: ${text}` } };
		const hint = /[<{]/.test(match[3]) || /JSX|expression|tag|name/i.test(match[3]) ? ` (${ESCAPE_HINT})` : '';
		return { error: { line: Number(match[1]), column: Number(match[2]), message: `${match[3]}${hint}` } };
	}
}

/**
 * Every problem of a narrative, in the order they appear; `firstLine` is the
 * line of the file on which the body starts, so positions point into the file.
 */
export function narrativeProblems(body: string, firstLine = 1): NarrativeProblem[] {
	const parsed = parseNarrative(body);
	const shift = (line: number) => line + firstLine - 1;
	if ('error' in parsed) return [{ ...parsed.error, line: shift(parsed.error.line) }];
	const problems: NarrativeProblem[] = [];
	// An explicit stack: a deeply nested narrative must not overflow the call stack.
	const stack: MdastNode[] = [parsed.tree];
	while (stack.length > 0) {
		const node = stack.pop() as MdastNode & { children?: MdastNode[] };
		const start = node.position?.start;
		for (const message of nodeProblems(node)) problems.push({ line: shift(start?.line ?? 1), column: start?.column ?? 1, message });
		if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
	}
	return problems;
}
