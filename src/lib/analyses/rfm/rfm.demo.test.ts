import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '$tests/helpers/load';
import { ensureDataset } from '../../engine/dataset';
import type { Engine } from '../../engine/engine';
import { createNodeWasmEngine } from '../../engine/node-wasm';
import { literal } from '../../engine/sql';
import { migration, NEW_SEGMENT } from './migration';
import { rfm, rfmCustomers, type RfmResult } from './rfm';
import { DEFAULT_SEGMENT_MAP } from './segments';

const SNAPSHOT = '2025-01-01';
const TRANSACTION_COLUMNS = 'invoice_id, customer_id, ts, amount, cost, is_return, is_product';

/**
 * The WASM build needs ~16 s to ingest the demo, so it gets the native engine's canonical tables
 * as plain CSV: the RFM SQL then runs over identical rows on both engines.
 */
async function wasmCopy(native: Engine): Promise<Engine> {
	const dir = mkdtempSync(join(tmpdir(), 'rfm-demo-'));
	const copies = {
		transactions: [join(dir, 't.csv'), TRANSACTION_COLUMNS],
		customers: [join(dir, 'c.csv'), 'customer_id, name']
	};
	const wasm = await createNodeWasmEngine();
	await ensureDataset(wasm);
	for (const [table, [path, columns]] of Object.entries(copies)) {
		await native.exec(`COPY (SELECT ${columns} FROM ${table}) TO ${literal(path)} (HEADER)`);
		const ref = await wasm.registerFile(`${table}.csv`, { kind: 'path', path });
		await wasm.exec(
			`INSERT INTO ${table} (${columns}) SELECT ${columns} FROM read_csv(${literal(ref)}, header = true, all_varchar = true)`
		);
	}
	return wasm;
}

describe('RFM on the demo data', () => {
	let native: Engine;
	let wasm: Engine;
	let result: RfmResult;
	beforeAll(async () => {
		native = await loadFiles({
			transactions: 'datasets/demo/transactions.csv.gz',
			customers: 'datasets/demo/customers.csv.gz'
		});
		wasm = await wasmCopy(native);
		result = await rfm(native, { snapshot: SNAPSHOT });
	});
	afterAll(async () => {
		await native.close();
		await wasm.close();
	});

	it('gives the same answer on both engines', async () => {
		expect(await rfm(wasm, { snapshot: SNAPSHOT })).toEqual(result);
	});

	it('matches the measured demo figures', () => {
		expect(result.customers).toBe(5_801);
		expect(Math.round(result.revenue)).toBe(21_091_986);
		expect(result.frequency.median).toBe(3);
		expect(result.frequency.mean).toBeCloseTo(10.4, 1);
		// Six customers returned everything they bought.
		expect(result.thresholds.monetary[0].min).toBe(0);
	});

	it('finds sensible segments', () => {
		const by = Object.fromEntries(result.segments.map((s) => [s.segment, s]));
		expect(Object.keys(by).sort()).toEqual(DEFAULT_SEGMENT_MAP.map((r) => r.segment).sort());
		for (const segment of result.segments) expect(segment.customers).toBeGreaterThan(0);
		expect(result.segments[0].segment).toBe('Champions');
		expect(by['Champions'].revenue_share).toBeGreaterThan(3 * by['Champions'].customer_share);
		expect(by['Hibernating'].revenue_share).toBeLessThan(by['Hibernating'].customer_share / 3);
		expect(result.segments.reduce((n, s) => n + s.customers, 0)).toBe(result.customers);
		expect(result.matrix.flat().reduce((a, b) => a + b, 0)).toBe(result.customers);
		const recencyMax = result.thresholds.recency.map((b) => b.max!);
		expect(recencyMax).toEqual([...recencyMax].sort((a, b) => b - a));
	});

	it('lists a segment with names from the customers file', async () => {
		const top = await rfmCustomers(
			native,
			{ snapshot: SNAPSHOT },
			{ segment: 'Champions', limit: 3 }
		);
		expect(top).toHaveLength(3);
		expect(top[0].name).toBeTruthy();
		expect(top[0].monetary).toBeGreaterThanOrEqual(top[1].monetary!);
	});

	it('tracks where customers moved over the last 90 days', async () => {
		const moved = await migration(native, { snapshot: SNAPSHOT });
		expect(moved.earlier).toBe('2024-10-03');
		expect(moved.flows.reduce((n, f) => n + f.customers, 0)).toBe(result.customers);
		const newcomers = moved.flows.filter((f) => f.from === NEW_SEGMENT);
		expect(newcomers.length).toBeGreaterThan(0);
		expect(newcomers.every((f) => f.to !== 'Hibernating')).toBe(true);
	});
});
