import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ENGINES, loadLines, type Line } from '../pareto/test-data';
import { profile } from './profile';

const line = (customer: string | null, cents: number): Line => ({
	invoice_id: `${cents < 0 ? 'C' : ''}i-${customer}-${cents}`,
	customer_id: customer,
	ts: '2024-06-01',
	product_id: 'p1',
	cents,
	cost_cents: null,
	is_return: cents < 0,
	is_product: true
});

describe.each(ENGINES)('what the loaded data supports, on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	const ready = async (analysis: RegExp) =>
		(await profile(engine)).capabilities.find((c) => analysis.test(c.analysis.en))!;

	it('does not promise customer value or churn from returns alone', async () => {
		await loadLines(engine, [line('c1', -500), line('c2', -300), line(null, 900)]);
		expect(await ready(/^Customer value/)).toMatchObject({ ready: false });
		expect(await ready(/^Churn$/)).toMatchObject({ ready: false });
	});

	it('counts the purchase lines that carry a customer', async () => {
		await loadLines(engine, [line('c1', 500), line('c1', -500), line('c2', 300), line(null, 900)]);
		expect(await ready(/^Customer value/)).toEqual({
			analysis: {
				en: 'Customer value (RFM, Pareto, tiers)',
				zh: '客户价值（RFM、帕累托、价值等级）'
			},
			ready: true,
			because: { en: '2 purchase lines carry a customer id', zh: '2 条购买明细带有客户编号' }
		});
		expect((await ready(/^Contact-based/)).because.zh).toBe('需要跟进记录文件');
	});
});

describe.each(ENGINES)('the empty-value counts, on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it('survive a huge but finite price (1e200 overflowed SUMMARIZE’s standard deviation)', async () => {
		await loadLines(engine, [line('c1', 500), line('c2', 300), line(null, 900)]);
		await engine.exec(`UPDATE transactions SET amount = 1e200 WHERE customer_id = 'c1';
UPDATE transactions SET amount = -1e200, unit_price = 2 WHERE customer_id = 'c2';
INSERT OR REPLACE INTO ingest_files VALUES ('transactions', 'huge.csv', 3, 3, 0, '{}')`);
		const nulls = (await profile(engine)).nulls.filter((n) => n.table === 'transactions');
		const of = (column: string) => nulls.find((n) => n.column === column);
		expect(of('amount')).toEqual({ table: 'transactions', column: 'amount', nulls: 0, rows: 3 });
		expect(of('unit_price')).toMatchObject({ nulls: 2, rows: 3 });
		expect(of('customer_id')).toMatchObject({ nulls: 1, rows: 3 });
		expect(of('cost')).toMatchObject({ nulls: 3, rows: 3 });
		expect(of('_source_row')).toBeUndefined();
	});
});
