import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmptyAnalysisError } from '../../analyses/empty';
import { ENGINES, loadLines, type Line } from '$tests/helpers/pareto-data';
import type { Engine } from '../../engine/engine';
import { main } from '../main';
import { basketCommand } from './basket';
import { churnCommand } from './churn';
import { clvCommand } from './clv';
import { paretoCommand } from './pareto';
import { rfmCommand } from './rfm';
import { sequencesCommand } from './sequences';
import { tiersCommand } from './tiers';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	const out = { text: '', write: (s: string) => ((out.text += s), true) };
	const err = { text: '', write: (s: string) => ((err.text += s), true) };
	const code = await main(argv, out as never, err as never);
	return { code, out: out.text, err: err.text };
}

const dir = mkdtempSync(join(tmpdir(), 'empty-cli-'));
const file = (name: string, text: string) => {
	const path = join(dir, name);
	writeFileSync(path, text);
	return path;
};
/** Purchases, but no customer column: nothing to count per customer. */
const NO_CUSTOMERS = file(
	'no-customers.csv',
	'InvoiceNo,InvoiceDate,StockCode,Quantity,UnitPrice\nI1,2024-01-31 10:00,P1,1,100\nI2,2024-01-20 10:00,P2,2,50\n'
);
/** Customers, but only zero-price lines: no sale, so no basket. */
const ONLY_FREE = file(
	'only-free.csv',
	'InvoiceNo,CustomerID,InvoiceDate,StockCode,Quantity,UnitPrice\nI1,A,2024-01-31 10:00,P1,1,0\nI2,B,2024-01-20 10:00,P2,2,0\n'
);
/** Every customer bought on one day only: no sequence. */
const ONE_DAY_EACH = file(
	'one-day-each.csv',
	'InvoiceNo,CustomerID,InvoiceDate,StockCode,Quantity,UnitPrice\nI1,A,2024-01-31 10:00,P1,1,5\nI2,B,2024-01-20 10:00,P2,2,5\n'
);

describe('customer-lens says why a result would be empty (exit 1, one line)', () => {
	it.each([
		['rfm', NO_CUSTOMERS, /no customers to count/],
		['cohorts', NO_CUSTOMERS, /no customers to count/],
		['pareto', NO_CUSTOMERS, /no customers to count/],
		['tiers', NO_CUSTOMERS, /no customers to count/],
		['sequences', NO_CUSTOMERS, /no customers to count/],
		['sequences', ONE_DAY_EACH, /two different days/],
		['clv', NO_CUSTOMERS, /at least 10 customers/],
		['basket', ONLY_FREE, /No basket has a sold product/]
	])('%s on %s', async (command, path, message) => {
		const { code, out, err } = await cli(command, '--transactions', path, '--json');
		expect(code).toBe(1);
		expect(out).toBe('');
		expect(err).toMatch(message);
		expect(err.trim().split('\n')).toHaveLength(1);
	});
});

it('segment says there are no customers rather than an empty list', async () => {
	const definition = join(dir, 'anyone.json');
	writeFileSync(
		definition,
		JSON.stringify({ name: 'Anyone', root: { kind: 'group', op: 'and', children: [] } })
	);
	const run = await cli('segment', '--transactions', NO_CUSTOMERS, '--definition', definition);
	expect(run.code, run.err).toBe(1);
	expect(run.err).toMatch(/no customers to count/);
});

it('churn says there are no customers rather than rates over none', async () => {
	const engine = await ENGINES[1][1]();
	try {
		const run = churnCommand.run(engine, {
			by: 'tenure_bucket',
			'inactive-days': '90',
			json: true
		});
		await expect(run).rejects.toThrow(/no customers to count/);
	} finally {
		await engine.close();
	}
});

// A file without amounts, as the ingest loads one with no price or amount column (issue 12).
describe('without amounts', () => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await ENGINES[1][1]();
		const lines: Line[] = [];
		for (let c = 1; c <= 12; c++)
			for (let k = 0; k < 1 + (c % 3); k++)
				lines.push({
					invoice_id: `I${c}-${k}`,
					customer_id: `c${c}`,
					ts: `2024-0${1 + k * 2}-${String(c + 10).padStart(2, '0')} 10:00:00`,
					product_id: `P${(c + k) % 4}`,
					cents: 100,
					cost_cents: null,
					is_return: false,
					is_product: true
				});
		await loadLines(engine, lines);
		await engine.exec('UPDATE transactions SET amount = NULL, unit_price = NULL');
	}, 60_000);
	afterAll(() => engine?.close());

	it.each([
		['pareto', paretoCommand],
		['tiers', tiersCommand]
	])('%s refuses, saying the file has no amounts and what to add', async (_name, command) => {
		const refused = command.run(engine, { json: true });
		await expect(refused).rejects.toThrow(EmptyAnalysisError);
		await expect(refused).rejects.toThrow(/no amounts.*Add an amount column/);
	});

	it('scores R and F, leaves M null and says so', async () => {
		const r = JSON.parse(await rfmCommand.run(engine, { json: true }));
		expect(r).toMatchObject({ customers: 12, monetary_missing: true, revenue: 0 });
		expect(r.monetary).toEqual({ mean: null, median: null });
		expect(r.segments.reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(12);
		const csv = (await rfmCommand.run(engine, { format: 'csv' })).trim().split('\r\n');
		expect(csv).toHaveLength(13);
		// customer_id,recency,frequency,monetary,r,f,m,segment: monetary and m empty, r and f scored.
		for (const row of csv.slice(1)) expect(row).toMatch(/^c\d+,\d+,\d,,[1-5],[1-5],,/);
		const text = await rfmCommand.run(engine, {});
		expect(text).toContain('M is missing');
	});

	it('fits BG/NBD and leaves Gamma-Gamma out', async () => {
		const r = JSON.parse(await clvCommand.run(engine, { json: true }));
		expect(r.customers).toBe(12);
		expect(r).not.toHaveProperty('gamma_gamma');
		expect(r).toMatchObject({ model: 'BG/NBD' });
		expect(r.params.r).toBeGreaterThan(0);
	});

	it('keeps every basket and follows sequences', async () => {
		const b = JSON.parse(await basketCommand.run(engine, { json: true, 'min-support': '1' }));
		expect(b).toMatchObject({ baskets: 24, non_sale_baskets: 0 });
		const s = JSON.parse(await sequencesCommand.run(engine, { json: true, 'min-customers': '1' }));
		expect(s).toMatchObject({ customers: 12, returning_customers: 8 });
	});
});
