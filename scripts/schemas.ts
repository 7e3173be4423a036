/**
 * `npm run schemas`
 * Writes the JSON Schemas editors read for every content file (see
 * src/editor/schemas.ts) into .astro/collections. Content with mistakes still
 * gets its schemas (made from what is valid), so the editor can help fix it.
 * `npm install` runs it too (`--install`): then nothing it meets fails the
 * install; it says what went wrong and leaves the schemas to `check` or `dev`.
 */
import { runCommand } from '../src/present/command-line.ts';
import { SCHEMA_DIR, writeEditorSchemas } from '../src/editor/schemas.ts';
import { loadPortfolio } from '../src/loader/portfolio.ts';

const install = process.argv.includes('--install');

await runCommand(() => {
	const root = process.cwd();
	try {
		const written = writeEditorSchemas(root, loadPortfolio(root));
		console.log(written.length === 0 ? `Editor schemas in ${SCHEMA_DIR} are up to date.` : `Editor schemas written: ${written.join(', ')}.`);
	} catch (error) {
		if (!install) throw error;
		console.warn(`Editor schemas not written (${error instanceof Error ? error.message : String(error)}): npm run schemas writes them.`);
	}
	return 0;
});
