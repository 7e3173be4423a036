// @ts-check
/**
 * The command-line scripts run on every edit and in every pull request
 * (`check`, `review`; and `import`, `export`, run monthly at scale) run
 * compiled: esbuild bundles a script and everything
 * it imports into one JavaScript file, kept under
 * `node_modules/.keyplan-cli/<checkout>/`. Node then loads one file instead
 * of some 300 TypeScript modules through tsx's loader hooks: at 1,000
 * accounts that is about a quarter of a warm `npm run check`.
 *
 * A bundle is code, not content: it lists the repository's files it was made
 * from, with one digest over them, the installed packages and this compiler.
 * Any change to them makes the next run compile again (about half a second),
 * so an edited rule or schema never runs stale.
 *
 * Where the bundle cannot be written (a read-only `node_modules`), the script
 * runs from source through tsx, as it did before.
 *
 * This file is plain JavaScript (type-checked through JSDoc) because it runs
 * before anything is compiled: Node's own type stripping would add 50 ms to
 * every run. It uses node built-ins, and esbuild only to compile.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { pruneCompiled, readManifest } from './compiled-prune.mjs';

export { KEEP_CHECKOUTS, pruneCompiled } from './compiled-prune.mjs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository whose scripts are compiled: the folder holding `scripts/` and `src/`. */
export const CODE_ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * What a compiled script was made from.
 * @typedef {object} Manifest
 * @property {string} digest Digest over the inputs' names and contents, the installed packages and this compiler.
 * @property {string[]} inputs The repository's own files bundled in, relative to the code root (packages are covered by npm's record of what is installed).
 * @property {string} bundle SHA-256 of the bundle itself: a bundle cut short is compiled again, never run.
 * @property {string} checkout The code root it was compiled for: when that folder is gone, so is the bundle's use.
 */


/**
 * Where the compiled scripts of the code at `codeRoot` live: one folder per checkout, since test sandboxes share `node_modules`.
 * @param {string} [codeRoot]
 */
export function compiledFolder(codeRoot = CODE_ROOT) {
	const key = createHash('sha256').update(resolve(codeRoot)).digest('hex').slice(0, 12);
	return join(codeRoot, 'node_modules', '.keyplan-cli', key);
}

/**
 * A file's text, or '' when it cannot be read.
 * @param {string} file
 */
function textOf(file) {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

/**
 * The digest of `inputs` as they are now; `undefined` when one of them is gone.
 * npm rewrites `node_modules/.package-lock.json` whenever an install changes a package.
 * @param {string} codeRoot
 * @param {string[]} inputs
 * @param {string} esbuildVersion
 */
function digestOf(codeRoot, inputs, esbuildVersion) {
	const hash = createHash('sha256')
		.update(readFileSync(import.meta.filename))
		.update(`\0${esbuildVersion}\0`)
		.update(textOf(join(codeRoot, 'node_modules', '.package-lock.json')));
	try {
		for (const input of inputs) hash.update(`\0${input}\0`).update(readFileSync(join(codeRoot, input)));
	} catch {
		return undefined;
	}
	return hash.digest('hex');
}


/**
 * The installed esbuild's version, read without loading esbuild: a fresh bundle never needs it.
 * @param {string} codeRoot
 * @returns {string}
 */
function esbuildVersion(codeRoot) {
	try {
		return JSON.parse(readFileSync(join(codeRoot, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
	} catch {
		return 'unknown';
	}
}

/** Thrown when a source file does not compile: esbuild's messages, with file, line and column. */
export class CompileError extends Error {}

/**
 * Gives each of the repository's modules its own `import.meta.url`, `dirname` and `filename` back: code that finds
 * files next to itself (the content cache's code digest, a package's `require`) behaves as when run from source.
 * @type {import('esbuild').Plugin}
 */
const ownLocation = {
	name: 'keyplan-own-location',
	setup(build) {
		build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
			if (/[\\/]node_modules[\\/]/.test(args.path)) return undefined;
			/** @type {Record<string, string>} */
			const place = { url: pathToFileURL(args.path).href, dirname: dirname(args.path), filename: args.path };
			const contents = readFileSync(args.path, 'utf8').replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) => JSON.stringify(place[key]));
			return { contents, loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js' };
		});
	},
};

/**
 * Bundles `script` (relative to the code root) with everything it imports, and records what it was made from.
 * @param {string} codeRoot
 * @param {string} script
 * @param {string} bundle
 * @param {string} manifestFile
 */
async function compile(codeRoot, script, bundle, manifestFile) {
	const esbuild = await import('esbuild');
	let result;
	try {
		result = await esbuild.build({
			absWorkingDir: codeRoot,
			entryPoints: [join(codeRoot, script)],
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node22',
			write: false,
			outfile: bundle,
			metafile: true,
			logLevel: 'silent',
			// Packages written as CommonJS call `require`, which an ES module does not have.
			banner: { js: "import { createRequire as keyplanCreateRequire } from 'node:module'; const require = keyplanCreateRequire(import.meta.url);" },
			plugins: [ownLocation],
		});
	} catch (error) {
		/** @type {import('esbuild').Message[] | undefined} */
		const errors = /** @type {{ errors?: import('esbuild').Message[] }} */ (error).errors;
		if (!errors) throw error;
		throw new CompileError((await esbuild.formatMessages(errors, { kind: 'error' })).join('\n'));
	}
	const inputs = Object.keys(result.metafile.inputs)
		.map((input) => relative(codeRoot, resolve(codeRoot, input)))
		.filter((input) => !input.split(/[\\/]/).includes('node_modules'))
		.sort();
	const digest = digestOf(codeRoot, inputs, esbuild.version);
	if (!digest) throw new CompileError(`a source file of ${script} was removed while it was compiled: run the command again`);
	// Written beside, then renamed: two commands compiling at once never load half a file.
	try {
		mkdirSync(dirname(bundle), { recursive: true });
		const suffix = `.${process.pid}.tmp`;
		writeFileSync(bundle + suffix, result.outputFiles[0].contents);
		renameSync(bundle + suffix, bundle);
		const sum = createHash('sha256').update(result.outputFiles[0].contents).digest('hex');
		writeFileSync(manifestFile + suffix, JSON.stringify(/** @type {Manifest} */ ({ digest, inputs, bundle: sum, checkout: resolve(codeRoot) })));
		renameSync(manifestFile + suffix, manifestFile);
	} catch (error) {
		throw new CannotKeep(`cannot write ${dirname(bundle)}: ${/** @type {Error} */ (error).message}`);
	}
	pruneCompiled(dirname(dirname(bundle)), dirname(bundle));
}

/**
 * True when the bundle's bytes are those its manifest records.
 * @param {string} bundle
 * @param {Manifest} manifest
 */
function bundleIntact(bundle, manifest) {
	try {
		return createHash('sha256').update(readFileSync(bundle)).digest('hex') === manifest.bundle;
	} catch {
		return false;
	}
}

/** Thrown when the compiled script cannot be written (a read-only `node_modules`): the script then runs from source. */
class CannotKeep extends Error {}

/**
 * The compiled form of `script` (e.g. `scripts/check.ts`), compiled first when it is missing or any of its
 * inputs changed; returns the bundle's path.
 * @param {string} script
 * @param {string} [codeRoot]
 * @returns {Promise<string>}
 */
export async function compiledScript(script, codeRoot = CODE_ROOT) {
	const folder = compiledFolder(codeRoot);
	const name = basename(script).replace(/\.[cm]?[jt]s$/, '');
	const bundle = join(folder, `${name}.mjs`);
	const manifestFile = join(folder, `${name}.json`);
	const manifest = readManifest(manifestFile);
	const fresh = manifest !== undefined && digestOf(codeRoot, manifest.inputs, esbuildVersion(codeRoot)) === manifest.digest && bundleIntact(bundle, manifest);
	if (!fresh) await compile(codeRoot, script, bundle, manifestFile);
	return bundle;
}

/**
 * Runs `script` compiled, as if Node had been started on it: it sees its own path in `process.argv[1]` and the
 * arguments after it.
 * @param {string} script
 * @param {string[]} args
 * @param {string} [codeRoot]
 */
export async function runCompiled(script, args, codeRoot = CODE_ROOT) {
	/** @type {string | undefined} */
	let bundle;
	try {
		bundle = await compiledScript(script, codeRoot);
	} catch (error) {
		if (!(error instanceof CannotKeep)) throw error;
	}
	process.argv = [process.argv[0], join(codeRoot, script), ...args];
	if (bundle) {
		await import(pathToFileURL(bundle).href);
		return;
	}
	// Nowhere to keep it: the same script from source, through tsx, as `node --import tsx` would run it.
	const { register } = await import('tsx/esm/api');
	register();
	await import(pathToFileURL(join(codeRoot, script)).href);
}
