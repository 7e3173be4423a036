/**
 * Renders a plan's narrative to HTML for the site, from the same parse and
 * the same allow-list as `npm run check` (`src/schema/narrative-rules.ts`). The
 * narrative is never compiled to JavaScript: the Markdown tree becomes an
 * HTML tree node by node, every text and attribute escaped on output, and
 * anything outside the allow-list (which `check` already refused) is dropped
 * rather than passed through, as a second line of defence.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import { defaultHandlers, toHast, type Handler, type State } from 'mdast-util-to-hast';
import { isSafeNarrativeUrl, NARRATIVE_COMPONENTS, NARRATIVE_ELEMENTS, parseNarrative } from '../schema/narrative-rules.ts';

type JsxNode = MdastNodes & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[] };

/** Literal string (or boolean) attributes that the element's allow-list names; everything else is dropped. */
function allowedProperties(node: JsxNode, allowed: readonly string[]): Properties {
	const properties: Properties = {};
	for (const attribute of node.attributes ?? []) {
		if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name)) continue;
		if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
		else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
	}
	return properties;
}

/** `<Callout tone="warning" title="…">` → an `<aside>` the site styles. */
function callout(state: State, node: JsxNode): Element {
	const props = allowedProperties(node, Object.keys(NARRATIVE_COMPONENTS.Callout));
	const tones: readonly string[] = NARRATIVE_COMPONENTS.Callout.tone;
	const tone = typeof props.tone === 'string' && tones.includes(props.tone) ? props.tone : 'note';
	const children: ElementContent[] = [];
	if (typeof props.title === 'string') children.push({ type: 'element', tagName: 'p', properties: { className: ['callout-title'] }, children: [{ type: 'text', value: props.title }] });
	children.push(...(state.all(node as Parameters<State['all']>[0]) as ElementContent[]));
	return { type: 'element', tagName: 'aside', properties: { className: ['callout', `callout-${tone}`] }, children };
}

/** An allow-listed element or component; anything else renders as nothing. */
const jsxElement: Handler = (state, node: JsxNode) => {
	if (node.name === 'Callout') return callout(state, node);
	const allowed = node.name ? NARRATIVE_ELEMENTS[node.name] : undefined;
	if (!node.name || !allowed) return undefined;
	return { type: 'element', tagName: node.name, properties: allowedProperties(node, allowed), children: state.all(node as Parameters<State['all']>[0]) as ElementContent[] };
};

const nothing: Handler = () => undefined;

/** A link renders only with a safe target; otherwise its text stays, unlinked. */
const link: Handler = (state, node: MdastNodes & { url: string; title?: string | null }) => {
	const children = state.all(node) as ElementContent[];
	if (!isSafeNarrativeUrl(node.url)) return children;
	const properties: Properties = { href: node.url };
	if (node.title) properties.title = node.title;
	return { type: 'element', tagName: 'a', properties, children };
};

/** A reference link (`[text][ref]`) follows its definition's target under the same rule. */
const linkReference: Handler = (state, node: MdastNodes & { identifier: string }) => {
	const definition = state.definitionById.get(String(node.identifier).toUpperCase());
	if (definition && !isSafeNarrativeUrl(definition.url)) return state.all(node) as ElementContent[];
	return defaultHandlers.linkReference(state, node as Parameters<typeof defaultHandlers.linkReference>[1]);
};

/** HTML of a narrative; empty for an empty body. Never throws for content `check` accepted. */
export function narrativeHtml(body: string): string {
	if (!body.trim()) return '';
	const parsed = parseNarrative(body);
	if ('error' in parsed) return '';
	const tree = toHast(parsed.tree as unknown as MdastNodes, {
		allowDangerousHtml: false,
		clobberPrefix: 'narrative-',
		handlers: {
			mdxJsxFlowElement: jsxElement,
			mdxJsxTextElement: jsxElement,
			mdxjsEsm: nothing,
			mdxFlowExpression: nothing,
			mdxTextExpression: nothing,
			image: nothing,
			imageReference: nothing,
			html: nothing,
			link,
			linkReference,
		},
		// A node type the allow-list does not know renders as nothing.
		unknownHandler: nothing,
	});
	return toHtml(tree, { allowDangerousHtml: false });
}
