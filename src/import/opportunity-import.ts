/**
 * Opportunity rows upserted into the plans by `crmId`: an opportunity
 * without one is matched once by its exact title within the account (and
 * the id written then); a row that matches nothing is added. CRM stages are
 * mapped to Keyplan's, owners to our people by e-mail or name. An
 * opportunity in the plan that the export lacks is reported, never deleted.
 */
import { isMap, isSeq, type YAMLMap } from 'yaml';
import { formatDate, formatMoney, label } from '../domain/format.ts';
import type { Account, Portfolio } from '../loader/portfolio.ts';
import type { Opportunity } from '../schema/opportunities.ts';
import { EditSet } from './edits.ts';
import { normal, type Stage } from './presets.ts';
import { AccountMatcher, amountOf, cellOf, planCurrency, problemAt, textOf, type RowReader } from './import-rows.ts';
import type { Row } from './table.ts';
import { parseAmount, parseDate } from './values.ts';
import { flowMap } from './yaml-edit.ts';

/** The fields an import sets on an opportunity, in the order a new one lists them. */
type Fields = Pick<Opportunity, 'title' | 'value' | 'stage' | 'expectedClose' | 'owner' | 'probability' | 'crmId'>;
const ORDER: (keyof Fields)[] = ['title', 'value', 'stage', 'expectedClose', 'owner', 'probability', 'crmId'];

/** A name or e-mail as matched to our people: case, spaces and accents ignored (CRMs write "Marín" where a file says "Marin"). */
const personKey = (text: string) => normal(text).normalize('NFD').replace(/\p{M}/gu, '');

/** Our people by e-mail, name and id. */
function peopleIndex(portfolio: Portfolio): Map<string, string> {
	const index = new Map<string, string>();
	for (const [id, person] of portfolio.people) {
		index.set(personKey(id), id);
		index.set(personKey(person.name), id);
		if (person.email) index.set(personKey(person.email), id);
	}
	return index;
}

/** The row's values, as far as its cells are there and valid; `undefined` fields leave the plan's as they are. */
function readFields(reader: RowReader, row: Row, portfolio: Portfolio, account: Account, people: Map<string, string>): Partial<Fields> {
	const fields: Partial<Fields> = { title: textOf(reader, row, 'name'), crmId: textOf(reader, row, 'id') };
	const amount = amountOf(reader, row, portfolio, account);
	if (amount !== undefined) {
		if (amount < 0) problemAt(reader, row, 'amount', 'an opportunity\'s amount cannot be negative');
		else fields.value = Math.round(amount);
	}
	const stage = textOf(reader, row, 'stage');
	if (stage !== undefined) {
		fields.stage = reader.preset.stages[normal(stage)] as Stage | undefined;
		if (!fields.stage) problemAt(reader, row, 'stage', `unknown stage "${stage}": map it to idea, qualified, proposal, negotiation, won or lost with --map (stages:) or settings.yaml (import.stages)`);
	}
	const close = cellOf(reader, row, 'closeDate');
	if (close !== undefined) {
		const date = parseDate(close, reader.conventions);
		if (date.ok) fields.expectedClose = date.value;
		else problemAt(reader, row, 'closeDate', date.message);
	}
	const probability = cellOf(reader, row, 'probability');
	if (probability !== undefined) {
		const text = String(probability).trim();
		const read = typeof probability === 'number' ? { ok: true as const, value: { amount: probability } } : parseAmount(text.replace(/\s*%$/, ''), reader.conventions);
		const fraction = reader.preset.probabilityFraction && !text.endsWith('%');
		const percent = read.ok ? Math.round(read.value.amount * (fraction ? 100 : 1)) : undefined;
		if (percent === undefined || percent < 0 || percent > 100) problemAt(reader, row, 'probability', `"${text}" is not a probability: write a percent from 0 to 100${fraction ? ' (or a fraction from 0 to 1)' : ''}`);
		else fields.probability = percent;
	}
	const owner = textOf(reader, row, 'owner');
	if (owner !== undefined) {
		fields.owner = people.get(personKey(owner));
		if (!fields.owner) reader.notes.push(`${reader.file}:${row.line}: owner "${owner}" is none of our people (by e-mail or name): the owner was left as it is`);
	}
	return fields;
}

/** How a field's change reads in the report. */
function describe(key: keyof Fields, value: string | number, currency: string): string {
	if (key === 'value') return formatMoney(value as number, currency);
	if (key === 'expectedClose') return formatDate(value as string);
	if (key === 'probability') return `${value}%`;
	if (key === 'stage') return label(value as string);
	return `"${value}"`;
}

/** Upserts the rows; records an edit for every opportunity that changes or is added. */
export function importOpportunities(reader: RowReader, rows: readonly Row[], portfolio: Portfolio, edits: EditSet): void {
	const matcher = new AccountMatcher(portfolio, ['crm']);
	const people = peopleIndex(portfolio);
	const seenIds = new Map<string, number>();
	const claimed = new Map<string, number>();
	const touched = new Set<Account>();
	const exported = new Set<string>();
	const pending: (() => void)[] = [];
	// Where each CRM id is, to notice an opportunity the CRM moved to another account.
	const home = new Map(portfolio.accounts.flatMap((a) => a.plan.data.opportunities.flatMap((o) => (o.crmId === undefined ? [] : [[o.crmId, a] as const]))));
	for (const row of rows) {
		const id = textOf(reader, row, 'id');
		if (id !== undefined) {
			if (seenIds.has(id)) {
				problemAt(reader, row, 'id', `duplicate id "${id}": already on line ${seenIds.get(id)}`);
				continue;
			}
			seenIds.set(id, row.line);
			exported.add(id);
		}
		const account = matcher.match(reader, row);
		if (!account) continue;
		const elsewhere = id === undefined ? undefined : home.get(id);
		if (elsewhere && elsewhere !== account) {
			// Never a second copy, never a deletion: a person moves it, with the plan's context at hand.
			reader.notes.push(`${reader.file}:${row.line}: opportunity ${id} is in ${elsewhere.plan.data.name}'s plan but the export puts it at ${account.plan.data.name}: left as it is; move it by hand if it moved`);
			continue;
		}
		touched.add(account);
		const fields = readFields(reader, row, portfolio, account, people);
		const list = account.plan.data.opportunities;
		let index = id === undefined ? -1 : list.findIndex((o) => o.crmId === id);
		if (index < 0 && fields.title !== undefined) index = list.findIndex((o) => (id === undefined || o.crmId === undefined) && o.title.trim() === fields.title);
		if (index < 0 && fields.title === undefined) {
			problemAt(reader, row, 'name', 'a new opportunity needs a name');
			continue;
		}
		const key = `${account.slug}\0${index}`;
		if (index >= 0 && claimed.has(key)) {
			problemAt(reader, row, id === undefined ? 'name' : 'id', `matches the same opportunity as line ${claimed.get(key)}`);
			continue;
		}
		if (index >= 0) claimed.set(key, row.line);
		pending.push(() => upsert(account, index, fields, planCurrency(portfolio, account), edits));
	}
	if (reader.problems.length > 0) return;
	for (const apply of pending) apply();
	for (const account of touched) {
		for (const o of account.plan.data.opportunities) {
			if (o.crmId !== undefined && !exported.has(o.crmId)) edits.note(account, `opportunity "${o.title}" (${o.crmId}) is in the plan but not in the export: left as it is`);
		}
	}
}

/** Records the changes of one row: new fields on a matched opportunity, or a new one. */
function upsert(account: Account, index: number, fields: Partial<Fields>, currency: string, edits: EditSet): void {
	if (index < 0) {
		const item: Partial<Fields> = { stage: 'idea', ...fields };
		edits.add(account, `opportunity "${item.title}" added (${[item.value === undefined ? undefined : formatMoney(item.value, currency), label(item.stage)].filter(Boolean).join(', ')})`);
		const line = flowMap(Object.fromEntries(ORDER.map((k) => [k, item[k]])));
		edits.edit(account, 'opportunities', (editor) => {
			const seq = editor.node(['opportunities']);
			const pair = editor.doc.contents && isMap(editor.doc.contents) ? editor.pair(editor.doc.contents, 'opportunities') : undefined;
			if (isSeq(seq)) editor.append(seq, pair?.key ?? null, line, '  ');
			else editor.addTopLevel('opportunities', `\n  - ${line}`);
		});
		return;
	}
	const current = account.plan.data.opportunities[index];
	const changed = ORDER.filter((k) => fields[k] !== undefined && fields[k] !== current[k]);
	if (changed.length === 0) return;
	const title = current.title;
	const words = changed.map((k) => (k === 'crmId' ? `CRM id ${fields.crmId} recorded` : `${k === 'expectedClose' ? 'close' : k} ${current[k] === undefined ? 'set to' : `${describe(k, current[k]!, currency)} →`} ${describe(k, fields[k]!, currency)}`));
	edits.add(account, `opportunity "${title}": ${words.join(', ')}`);
	edits.edit(account, 'opportunities', (editor) => {
		const map = editor.node(['opportunities', index]);
		if (!isMap(map)) throw new Error(`opportunities[${index}] is not a map`);
		for (const k of changed) editor.set(map as YAMLMap, k, fields[k]!);
	});
}
