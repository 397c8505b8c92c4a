/**
 * The demo's planted churn (datasets/README.md §5): 24.3% overall; Online churns 40.3% against
 * 19.0% for the other channels pooled (2.12×); Price is 59.5% of Online's reasons and 13.6%
 * elsewhere. Native DuckDB loads the files; the WASM build gets the same canonical rows as CSV.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '$tests/helpers/load';
import { ensureDataset } from '../../engine/dataset';
import type { Engine } from '../../engine/engine';
import { createNodeWasmEngine } from '../../engine/node-wasm';
import { literal } from '../../engine/sql';
import { refreshViews } from '../../engine/views';
import { customerColumns, sliceColumns } from './columns';
import { columnDimension } from './dimensions';
import { reasonsBySegment, reasonSentence } from './reasons';
import { churnSetup } from './setup';
import { churnTotals, rankSlices, sliceChurn } from './slice';

const SNAPSHOT = '2025-01-01';
const FLAG = { definition: { kind: 'flag' as const }, snapshot: SNAPSHOT };
const COPIED = {
	customers:
		'customer_id, region, branch, owner_rep, channel, membership, signup_date, churned, churn_date, churn_reason',
	transactions:
		'invoice_id, customer_id, ts, product_id, product_name, category, amount, cost, is_return, is_product'
};

async function wasmCopy(native: Engine): Promise<Engine> {
	const dir = mkdtempSync(join(tmpdir(), 'churn-demo-'));
	const wasm = await createNodeWasmEngine();
	await ensureDataset(wasm);
	for (const [table, columns] of Object.entries(COPIED)) {
		const path = join(dir, `${table}.csv`);
		await native.exec(`COPY (SELECT ${columns} FROM ${table}) TO ${literal(path)} (HEADER)`);
		const ref = await wasm.registerFile(`${table}.csv`, { kind: 'path', path });
		await wasm.exec(
			`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM read_csv(${literal(ref)}, header = true)`
		);
	}
	await refreshViews(wasm);
	return wasm;
}

describe('churn on the demo data', () => {
	const engines: Record<string, Engine> = {};
	beforeAll(async () => {
		engines.native = await loadFiles({
			transactions: 'datasets/demo/transactions.csv.gz',
			customers: 'datasets/demo/customers.csv.gz'
		});
		await refreshViews(engines.native);
		engines.wasm = await wasmCopy(engines.native);
	}, 120_000);
	afterAll(async () => {
		for (const engine of Object.values(engines)) await engine.close();
	});

	it.each(['native', 'wasm'])('finds the high-churn channel and its reason on %s', async (kind) => {
		const engine = engines[kind];
		const setup = await churnSetup(engine);
		expect(setup.default_definition).toEqual({ kind: 'flag', column: 'churned' });
		expect(setup.reason_columns[0]).toBe('churn_reason');
		const totals = await churnTotals(engine, FLAG);
		expect(totals).toMatchObject({ customers: 6000, churned: 1458 });
		const columns = sliceColumns(await customerColumns(engine)).map(columnDimension);
		const ranked = rankSlices(await sliceChurn(engine, FLAG, columns, totals.rate));
		// Among the customer file's attributes, channel explains churn best.
		expect(ranked[0].dimension).toBe('channel');
		expect(ranked[0].test!.p_value).toBeLessThan(1e-10);
		const online = ranked[0].rows.find((r) => r.value === 'Online')!;
		expect(online).toMatchObject({ customers: 1494, churned: 602 });
		expect(online.rate).toBeCloseTo(0.403, 3);
		const others = ranked[0].rows.filter((r) => r.value !== 'Online');
		const pooled =
			others.reduce((s, r) => s + r.churned, 0) / others.reduce((s, r) => s + r.customers, 0);
		expect(pooled).toBeCloseTo(0.19, 3);
		expect(online.rate / pooled).toBeCloseTo(2.12, 2);
		expect(online.ci_low).toBeGreaterThan(Math.max(...others.map((r) => r.ci_high)));

		const reasons = await reasonsBySegment(engine, FLAG, { kind: 'column', column: 'channel' });
		const onlineReasons = reasons.find((r) => r.value === 'Online')!;
		expect(onlineReasons.top).toMatchObject({ reason: 'Price', churned: 358 });
		expect(onlineReasons.top!.share).toBeCloseTo(0.595, 3);
		expect(onlineReasons.top!.share_elsewhere).toBeCloseTo(0.136, 3);
		expect(reasonSentence(onlineReasons, 'en')).toBe(
			'Online: Price is the top reason, given by 59.5% of 602 churned customers (13.6% in the other segments).'
		);
		expect(reasonSentence(onlineReasons, 'zh-CN')).toBe(
			'Online：首要原因是“Price”，占 602 名流失客户的 59.5%（其他分群为 13.6%）。'
		);
	});

	it('derives the inferred churn window from customers’ own gaps', async () => {
		const setup = await churnSetup(engines.native, SNAPSHOT);
		expect(setup.inactivity).toMatchObject({ days: 166, at_risk_days: 85, derived: true });
		expect(await churnSetup(engines.wasm, SNAPSHOT)).toMatchObject({
			inactivity: setup.inactivity
		});
	});
});
