/** Minimal, strict command-line parsing: unknown flags are errors, not silently ignored. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { TodayError } from '../domain/today';

export class UsageError extends Error {}

/** Parses `argv` with node's parser, turning its exceptions into a `UsageError` with the usage text. */
export function parseCommandLine<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string, allowPositionals = false) {
	try {
		return parseArgs({ args: argv, options, allowPositionals, strict: true });
	} catch (error) {
		throw new UsageError(`${(error as Error).message}\n\n${usage}`);
	}
}

/** Runs a command's main function: usage and setting mistakes print plainly and exit 2, never with a stack trace. */
export async function runCommand(main: () => Promise<number> | number): Promise<void> {
	try {
		process.exitCode = await main();
	} catch (error) {
		if (error instanceof UsageError || error instanceof TodayError) {
			console.error(error.message);
			process.exitCode = 2;
			return;
		}
		throw error;
	}
}
