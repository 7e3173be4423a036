// @ts-check
/**
 * `node scripts/compiled.mjs <script> [arguments…]`
 * Runs a command-line script compiled into one file (see src/cli/compiled.mjs):
 * what `npm run check`, `review`, `import` and `export` start.
 */
import { CompileError, runCompiled } from '../src/cli/compiled.mjs';

const [script, ...args] = process.argv.slice(2);
if (!script) {
	console.error('Usage: node scripts/compiled.mjs <script> [arguments…]  (e.g. scripts/check.ts)');
	process.exit(2);
}
try {
	await runCompiled(script, args);
} catch (error) {
	if (!(error instanceof CompileError)) throw error;
	console.error(`${script} does not compile:\n${error.message}`);
	process.exit(1);
}
