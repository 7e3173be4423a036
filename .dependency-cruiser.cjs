/**
 * The layers of src/, as rules that `npm test` checks (tests/architecture/dependencies.test.ts):
 * data flows one way — schema → loader → domain → presentation → integrations, pages, scripts.
 * Type-only imports count: a cycle of types is still a cycle a reader has to untangle.
 */
const layer = (name, path) => ({ name, path });
const LAYERS = {
	encode: '^src/encode/',
	build: '^src/build/',
	schema: '^src/schema/',
	loader: '^src/(loader|git)/',
	domain: '^src/domain/',
	history: '^src/history/',
	present: '^src/present/',
	presentation: '^src/(site|onepager|deck|cli|digest|import|workbook|editor)/',
	top: '^src/(integration|pages|components|layouts)/',
};

/** What each layer may import from src/ (besides itself and packages). */
const ALLOWED = {
	encode: [],
	build: ['encode', 'schema'],
	schema: ['encode'],
	loader: ['encode', 'build', 'schema'],
	// The domain computes: no process state, no caches, no clock (src/build/ is out of its reach).
	domain: ['encode', 'schema', 'loader'],
	// Plan history: judged by the domain's rules, read from git once and cached.
	history: ['encode', 'build', 'schema', 'loader', 'domain'],
	present: ['encode', 'build', 'schema', 'loader', 'domain', 'history'],
	presentation: ['encode', 'build', 'schema', 'loader', 'domain', 'history', 'present'],
};

const layerRules = Object.entries(ALLOWED).map(([from, allowed]) => ({
	name: `layer-${from}`,
	comment: `${from} may import only ${allowed.length ? allowed.join(', ') : 'packages'} (and itself)`,
	severity: 'error',
	from: { path: LAYERS[from] },
	to: { path: '^src/', pathNot: [LAYERS[from], ...allowed.map((l) => LAYERS[l])] },
}));

/** Presentation folders do not import each other: what they share lives in src/present/. */
const FOLDERS = ['site', 'onepager', 'deck', 'cli', 'digest', 'import', 'workbook', 'editor'];
/**
 * The one exception, and why: a deck is made of one-pagers, and the site serves them, so `deck` and `site` use the
 * one-pager pipeline (its jobs, image service and cache keys); the one-pagers know nothing of either.
 */
const USES = { deck: ['onepager'], site: ['onepager'] };
const siblingRules = FOLDERS.map((folder) => ({
	name: `no-sibling-${folder}`,
	comment: `src/${folder}/ does not import another presentation folder${USES[folder] ? ` (but ${USES[folder].join(', ')})` : ''}: share through src/present/`,
	severity: 'error',
	from: { path: `^src/${folder}/` },
	to: { path: `^src/(${FOLDERS.filter((f) => f !== folder && !(USES[folder] ?? []).includes(f)).join('|')})/` },
}));

module.exports = {
	forbidden: [
		{
			name: 'no-circular',
			comment: 'No import cycle in src/, type-only imports included.',
			severity: 'error',
			from: { path: '^src/' },
			to: { circular: true },
		},
		...layerRules,
		...siblingRules,
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		includeOnly: '^src/',
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		enhancedResolveOptions: { extensions: ['.ts', '.mjs', '.js', '.d.ts'] },
	},
};
