import fc from 'fast-check';
import { mkdtempSync, openAsBlob, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE } from '../../../../tests/fixtures/bad/expectations';
import { analyses } from '$tests/helpers/hostile-analyses';
import { ENGINES } from '$tests/helpers/pareto-data';
import { REGISTRY } from '../../analyses/registry';
import { rejectedRows } from '../../analyses/profile/rejects';
import { clearTable } from '../dataset';
import type { Engine } from '../engine';
import { ident } from '../sql';
import { applyFilters, NO_FILTERS } from '../views';
import { loadFile } from './load';
import { isKnownHeader } from './mapping';
import { planIngest } from './prepare';

const tmp = mkdtempSync(join(tmpdir(), 'ingest-property-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const present = readdirSync(join(import.meta.dirname, '../../analyses'), { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name);

// Characters that make CSV, SQL and HTML hard: quotes, separators, line breaks, markup, non-ASCII.
const HARD = [...'aZ09 "\',;|\t\n\r<>/=+-@()&%$#!\\*?[]{}`~^_.:', 'é', '中', '文', '😀', '\u202e'];
const hardText = fc.oneof(
	fc.string({ unit: fc.constantFrom(...HARD), maxLength: 24 }),
	fc.constantFrom(...HOSTILE.names, ...HOSTILE.formulas, HOSTILE.sqlValue, HOSTILE.sqlColumn)
);
/** A column name ingest keeps as an attribute under its own name. */
const attributeName = fc
	.oneof(
		fc.constantFrom(HOSTILE.sqlColumn, 'a"b', '<img src=x onerror=1>', '=cmd', "it's", '列 名'),
		fc.string({ unit: fc.constantFrom(...HARD.filter((c) => !/\s/.test(c))), minLength: 1 })
	)
	.map((name) => `x${name}`)
	.filter((name) => !isKnownHeader(name));

const WS = /^[\s\u00A0\u202F\u3000\uFEFF]+|[\s\u00A0\u202F\u3000\uFEFF]+$/g;
/** What text ingest keeps: trimmed, empty as NULL (values.ts textSql). */
const kept = (value: string) => value.replace(WS, '') || null;

interface Row {
	invoice: string;
	customer: string;
	when: string;
	quantity: string;
	cents: number;
	product: string;
	attribute: string;
	/** Whether ingest must reject the row. */
	bad: boolean;
}

const arbRow: fc.Arbitrary<Row> = fc
	.record({
		invoice: fc.integer({ min: 1, max: 40 }),
		customer: fc.option(fc.constantFrom('c1', 'c2', 'c3', 'c4', '00042', 'x"y', 'a,b'), {
			freq: 6
		}),
		day: fc.integer({ min: 1, max: 28 }),
		month: fc.integer({ min: 1, max: 12 }),
		when: fc.constantFrom('ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'missing', 'garbage', 'feb30'),
		quantity: fc.oneof(fc.integer({ min: -3, max: 9 }).map(String), fc.constantFrom('', 'lots')),
		cents: fc.integer({ min: 1, max: 99_999 }),
		product: hardText,
		attribute: hardText
	})
	.map((r) => {
		const date = `2024-${String(r.month).padStart(2, '0')}-${String(r.day).padStart(2, '0')} 10:00`;
		const when = { ok: date, missing: '', garbage: 'not a date', feb30: '2024-02-30 10:00' }[
			r.when
		];
		return {
			invoice: `INV${r.invoice}`,
			customer: r.customer ?? '',
			when,
			quantity: r.quantity,
			cents: r.cents,
			product: r.product,
			attribute: r.attribute,
			bad: r.when !== 'ok' || !/^-?\d+$/.test(r.quantity)
		};
	});

function cell(value: string): string {
	return /[",\r\n]/.test(value) || value !== value.trim()
		? `"${value.replaceAll('"', '""')}"`
		: value;
}

function toCsv(attribute: string, rows: readonly Row[]): string {
	const header = ['InvoiceNo', 'CustomerID', 'InvoiceDate', 'Quantity', 'UnitPrice', 'Description'];
	const lines = [[...header, attribute].map(cell).join(',')];
	for (const r of rows)
		lines.push(
			[
				r.invoice,
				r.customer,
				r.when,
				r.quantity,
				(r.cents / 100).toFixed(2),
				r.product,
				r.attribute
			]
				.map(cell)
				.join(',')
		);
	return lines.join('\n') + '\n';
}

async function ingestText(engine: Engine, text: string) {
	const path = join(tmp, `generated-${Math.random().toString(36).slice(2)}.csv`);
	writeFileSync(path, text);
	const input = { name: 'generated.csv', blob: await openAsBlob(path), path };
	const plan = await planIngest(input, { table: 'transactions' });
	try {
		return { plan, summary: await loadFile(engine, input, plan) };
	} finally {
		rmSync(path, { force: true });
	}
}

/** Row count and an order-independent hash of every row of each table. */
async function fingerprint(engine: Engine): Promise<string[]> {
	const out: string[] = [];
	for (const t of ['transactions', 'customers', 'activities', 'ingest_files', 'ingest_rejects']) {
		const [r] = (
			await engine.query(`SELECT count(*) AS n, CAST(bit_xor(hash(t)) AS VARCHAR) AS h FROM ${t} t`)
		).rows<{ n: number; h: string | null }>();
		out.push(`${t} ${r.n}:${r.h}`);
	}
	return out;
}

describe.each(ENGINES)('generated CSVs on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it('accounts for every row and keeps every value', { timeout: 120_000 }, async () => {
		await fc.assert(
			fc.asyncProperty(
				attributeName,
				fc.array(arbRow, { minLength: 4, maxLength: 30 }).filter(
					// Dates are detected when at least half parse; fewer is a refusal, tested elsewhere.
					(rows) =>
						rows.filter((r) => r.when.startsWith('2024-') && !r.when.includes('02-30')).length *
							2 >=
						rows.length
				),
				async (attribute, rows) => {
					await clearTable(engine, 'transactions');
					const good = rows.filter((r) => !r.bad);
					if (!good.length) {
						await expect(ingestText(engine, toCsv(attribute, rows))).rejects.toThrow(
							/none of the \d+ rows could be loaded/
						);
						return;
					}
					const { plan, summary } = await ingestText(engine, toCsv(attribute, rows));
					expect(plan.delimiter).toBe(',');
					expect(plan.headers.at(-1)).toBe(attribute);
					expect(summary.rowsRead).toBe(rows.length);
					expect(summary.rowsLoaded + summary.rowsRejected).toBe(summary.rowsRead);
					expect(summary.rowsRejected).toBe(rows.length - good.length);
					const loaded = (
						await engine.query(
							`SELECT customer_id, product_name, ${ident(attribute)} AS attribute, quantity,
	round(amount * 100)::BIGINT AS cents
FROM transactions ORDER BY _source_row`
						)
					).rows<Record<string, unknown>>();
					expect(loaded).toEqual(
						good.map((r) => ({
							customer_id: kept(r.customer),
							product_name: kept(r.product),
							// Attributes are kept as the file has them; only an empty cell becomes NULL.
							attribute: r.attribute === '' ? null : r.attribute,
							quantity: Number(r.quantity),
							cents: Number(r.quantity) * r.cents
						}))
					);
					const rejects = await rejectedRows(engine);
					expect(rejects.map((r) => r.line)).toEqual(
						rows.flatMap((r, i) => (r.bad ? [i + 2] : []))
					);
				}
			),
			{ numRuns: 8 }
		);
	});
});

it('registers every analysis folder, so the hostile run below covers it', () => {
	expect(present.filter((d) => !REGISTRY.some((a) => a.folder === d))).toEqual([]);
});

describe.each(ENGINES)('hostile names and values through every analysis on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it(
		'never breaks the SQL, never changes a table, and comes back verbatim',
		{
			timeout: 120_000
		},
		async () => {
			await fc.assert(
				fc.asyncProperty(attributeName, hardText, async (column, raw) => {
					// A segment needs a visible name.
					const value = raw.trim() ? raw : 'v';
					await clearTable(engine, 'transactions');
					await clearTable(engine, 'customers');
					await engine.exec(`ALTER TABLE customers ADD COLUMN ${ident(column)} VARCHAR`);
					await applyFilters(engine, NO_FILTERS);
					await engine.query(
						`INSERT INTO customers (customer_id, name, ${ident(column)}) VALUES (?, ?, ?), ('c2', ?, 'plain')`,
						[value, value, value, value]
					);
					await engine.query(
						`INSERT INTO transactions (invoice_id, customer_id, ts, product_id, product_name, amount, cost, is_return, is_product)
SELECT 'I' || i, CASE WHEN i % 2 = 0 THEN ? ELSE 'c2' END, TIMESTAMP '2024-01-01' + INTERVAL (i * 9) DAY,
	?, ?, 10 * i, 4 * i, FALSE, TRUE
FROM range(1, 40) r(i)`,
						[value, value, value]
					);
					const before = await fingerprint(engine);
					const values = await analyses(engine, column, value);
					expect(values.map((v) => v.value)).toContain(value);
					await applyFilters(engine, {
						attributes: [{ table: 'customers', column, values: [value] }]
					});
					const [{ n }] = (await engine.query('SELECT count(*) AS n FROM v_customers')).rows<{
						n: number;
					}>();
					expect(n).toBe(1);
					await analyses(engine, column, value);
					await applyFilters(engine, NO_FILTERS);
					expect(await fingerprint(engine)).toEqual(before);
				}),
				{
					numRuns: 4,
					// The named hostile strings first; then two generated ones.
					examples: [
						[`x${HOSTILE.sqlColumn}`, HOSTILE.sqlValue],
						['x<img src=x onerror=1>', HOSTILE.names[1]]
					]
				}
			);
		}
	);
});
