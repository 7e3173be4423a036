/**
 * A deck of a plan whose names hold control characters (a vertical tab and a
 * SOH pasted from an e-mail pass `check`): every XML part of the package is
 * well-formed for a strict parser, and LibreOffice opens the deck.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import sax from 'sax';
import { describe, expect, test } from 'vitest';
import { runScript } from '../support/run';
import { HEALTHY, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';
import { hasLibreOffice, INSTALL_HINT, pageCount, pdfText, SHARED_CACHE, toPdf, unzip } from './support';

const temp = useTempDirs();

/** Throws when `xml` is not well-formed XML 1.0. */
function parseStrictly(xml: string, name: string): void {
	const parser = sax.parser(true);
	parser.onerror = (error) => {
		throw new Error(`${name}: ${error.message}`);
	};
	parser.write(xml).close();
}

describe('a deck with control characters in plan text', () => {
	test('passes check, and every XML part parses strictly; LibreOffice opens it', async () => {
		const box = temp.keep(sandbox([HEALTHY]));
		box.editPlan(HEALTHY, (doc) => {
			doc.setIn(['name'], 'Nordwind\x0BLogistics\x01 GmbH\uFFFE');
			doc.setIn(['objectives', 0, 'title'], 'Win\x0B Poland ]]> <b>\x1b[2J');
			doc.setIn(['contacts', 0, 'name'], 'Henrik\x0CLarsen');
		});
		const check = runScript('check', [], box.root);
		expect(check.status, check.stdout).toBe(0);
		const out = join(temp.outDir(), 'deck.pptx');
		const made = runScript('deck', ['--out', out, '--account', HEALTHY], box.root, SHARED_CACHE);
		expect(made.status, made.stderr).toBe(0);
		const parts = await unzip(readFileSync(out));
		const xml = [...parts].filter(([name]) => /\.(xml|rels)$/.test(name));
		expect(xml.length).toBeGreaterThan(10);
		for (const [name, data] of xml) {
			const text = data.toString('utf8');
			expect(text, name).not.toMatch(/[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/);
			parseStrictly(text, name);
		}
		expect(parts.get('docProps/core.xml')!.toString('utf8')).toContain('<dc:title>Nordwind Logistics GmbH\uFFFD: account review</dc:title>');
		if (!hasLibreOffice) {
			if (process.env.CI) throw new Error(INSTALL_HINT);
			return;
		}
		const pdf = toPdf(out, temp.outDir());
		expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
		expect(pdfText(pdf)).toContain('Nordwind Logistics GmbH');
	}, 180_000);
});
