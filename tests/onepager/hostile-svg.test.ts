/**
 * The slide SVG of a one-pager whose texts hold every control character,
 * lone surrogates, U+FFFE/U+FFFF and `]]>` is well-formed XML for a strict
 * parser (the SVG that `npm run onepagers -- --svg` and the dev server give).
 */
import sax from 'sax';
import { expect, test } from 'vitest';
import { jobsOf } from '../../src/onepager/jobs';
import { renderSheet } from '../../src/onepager/render';
import type { AccountSheet } from '../../src/onepager/sheet';
import { EVERYTHING } from '../encode/hostile-characters';
import { sampleAnalysis } from './fixtures';

test('a one-pager SVG with every hostile character in its texts parses strictly', async () => {
	const job = jobsOf(sampleAnalysis()).find((j) => j.kind === 'account')!;
	const sheet = job.sheet as AccountSheet;
	const hostile: AccountSheet = { ...sheet, name: EVERYTHING, kicker: EVERYTHING, meta: [{ text: EVERYTHING, tone: 'neutral' }, ...sheet.meta] };
	const { svg } = await renderSheet(hostile);
	expect(svg).not.toMatch(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/);
	const parser = sax.parser(true);
	parser.onerror = (error) => {
		throw error;
	};
	parser.write(svg).close();
}, 60_000);
