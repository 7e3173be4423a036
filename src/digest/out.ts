/**
 * `--out <dir>`: writes the exact messages (`.eml` e-mails, `.json` chat
 * payloads) instead of, or before, sending them. Like `npm run onepagers`,
 * it never overwrites a file it did not write (`present/output-guard.ts`).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError } from '../present/command-line.ts';
import { foreignFiles, prepareOutDir, recordWritten, shownPath } from '../present/output-guard.ts';

/** One file to write: a name inside the folder and its bytes. */
export interface OutFile {
	name: string;
	bytes: Buffer | string;
}

/** Writes every file into `dir`, or none when one of them would replace a file Keyplan did not write. */
export function writeOut(dir: string, files: readonly OutFile[]): string[] {
	prepareOutDir(dir);
	const names = files.map((f) => f.name);
	const foreign = foreignFiles(dir, names);
	if (foreign.length) {
		throw new CommandError(`${foreign.map((f) => shownPath(join(dir, f))).join(', ')}: not written by Keyplan (or changed since); nothing was written. Move ${foreign.length === 1 ? 'it' : 'them'} away or choose another --out folder.`);
	}
	for (const f of files) writeFileSync(join(dir, f.name), f.bytes);
	recordWritten(dir, names);
	return names;
}
