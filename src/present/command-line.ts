/** Minimal, strict command-line parsing: unknown flags are errors, not silently ignored. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { relative } from 'node:path';
import { TodayError } from '../build/today.ts';
import { terminalLines } from '../encode/terminal.ts';

/** A mistake in how a command was called (flags, arguments, settings): printed plainly, exit 2. */
export class UsageError extends Error {}

/** A problem that stops a command after its usage was fine (a file in the way, a corrupt manifest): printed plainly, exit 1. */
export class CommandError extends Error {}

/** Parses `argv` with node's parser, turning its exceptions into a `UsageError` with the usage text. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string, allowPositionals = false) {
	try {
		return parseArgs({ args: argv, options, allowPositionals, strict: true });
	} catch (error) {
		throw new UsageError(`${(error as Error).message}\n\n${usage}`);
	}
}

const FILE_ERRORS: Record<string, string> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'the file system is read-only',
	ENOSPC: 'the disk is full',
	EDQUOT: 'the disk quota is used up',
	ENOTDIR: 'a part of the path is a file, not a folder',
	EISDIR: 'it is a folder, not a file',
	EEXIST: 'something of that name is already there',
	ENOENT: 'it does not exist',
	ELOOP: 'it is a link that leads back to itself',
	ENAMETOOLONG: 'the name is too long',
};

const ACTIONS: Record<string, string> = {
	open: 'open',
	mkdir: 'create the folder',
	scandir: 'read the folder',
	write: 'write to',
	rename: 'rename',
	unlink: 'remove',
	copyfile: 'copy to',
};

/**
 * A plain sentence for a file-system error (permission denied, disk full…)
 * that names the path; `undefined` for any other error, which is a bug and
 * keeps its stack trace.
 */
export function fileErrorMessage(error: unknown): string | undefined {
	const e = error as NodeJS.ErrnoException | undefined;
	if (!e || typeof e.code !== 'string' || !(e.code in FILE_ERRORS) || typeof e.path !== 'string') return undefined;
	const path = relative(process.cwd(), e.path) || '.';
	return `cannot ${ACTIONS[e.syscall ?? ''] ?? 'use'} ${path}: ${FILE_ERRORS[e.code]}`;
}

/**
 * Runs a command's main function: usage and setting mistakes print plainly
 * and exit 2; a stopped command and a file-system error (a folder that is
 * not writable, a full disk) print plainly and exit 1; never a stack trace
 * for anything but a bug.
 */
export async function runCommand(main: () => Promise<number> | number): Promise<void> {
	try {
		process.exitCode = await main();
	} catch (error) {
		if (error instanceof UsageError || error instanceof TodayError) {
			console.error(terminalLines(error.message));
			process.exitCode = 2;
			return;
		}
		const message = error instanceof CommandError ? error.message : fileErrorMessage(error);
		if (message === undefined) throw error;
		console.error(terminalLines(message));
		process.exitCode = 1;
	}
}
