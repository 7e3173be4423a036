/** The problems of one file as the cross-reference checks (`references.ts`, `whitespace-references.ts`) collect them. */
import { formatPath, type Problem } from './problem.ts';
import { didYouMean, listKnown } from './suggest.ts';

type Path = (string | number)[];

/**
 * How many unknown references of one file get a did-you-mean hint. Each hint
 * compares against every known id; past this many (a file that is broken
 * throughout) the errors are still reported, without hints, in bounded time.
 */
const MAX_HINTS = 50;

/** Collects problems for one file. */
export class Report {
	readonly problems: Problem[] = [];
	private hints = MAX_HINTS;
	private readonly lists = new Map<ReadonlySet<string>, string[]>();
	constructor(private readonly file: string) {}
	error(path: Path, message: string): void {
		this.problems.push({ file: this.file, path: formatPath(path), message, severity: 'error' });
	}
	/** Reports `value` when it is not in `known`, naming what was expected. */
	reference(path: Path, value: string | undefined, kind: string, known: ReadonlySet<string>): void {
		if (value === undefined || known.has(value)) return;
		let list = this.lists.get(known);
		if (!list) this.lists.set(known, (list = [...known]));
		const hint = this.hints-- > 0 ? didYouMean(value, list) : '';
		this.error(path, `unknown ${kind} "${value}"${hint} (known: ${listKnown(list)})`);
	}
	/** Reports every id (or other key `field`, such as a year) that appears more than once in `items`. */
	unique<T>(section: string, items: readonly T[], idOf: (item: T) => string | undefined, kind: string, field = 'id'): void {
		const seen = new Map<string, number>();
		items.forEach((item, index) => {
			const id = idOf(item);
			if (id === undefined) return;
			const first = seen.get(id);
			if (first === undefined) seen.set(id, index);
			else this.error([section, index, field], `duplicate ${kind} ${field === 'id' ? 'id ' : ''}"${id}" (already used by ${section}[${first}])`);
		});
	}
}
