/**
 * `npm run schemas`
 * Writes the JSON Schemas editors read for every content file (see
 * src/editor/schemas.ts) into .astro/collections. Content with mistakes still
 * gets its schemas (made from what is valid), so the editor can help fix it:
 * exit 0 unless the schemas cannot be written.
 */
import { runCommand } from '../src/cli/args';
import { loadPortfolio } from '../src/loader/portfolio';
import { SCHEMA_DIR, writeEditorSchemas } from '../src/editor/schemas';

await runCommand(() => {
	const root = process.cwd();
	const written = writeEditorSchemas(root, loadPortfolio(root));
	console.log(written.length === 0 ? `Editor schemas in ${SCHEMA_DIR} are up to date.` : `Wrote ${written.join(', ')}.`);
	return 0;
});
