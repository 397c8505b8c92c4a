import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ENGINES, loadLines, type Line } from '$tests/helpers/pareto-data';
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

	it('counts the purchase lines that carry a customer and an amount', async () => {
		await loadLines(engine, [line('c1', 500), line('c1', -500), line('c2', 300), line(null, 900)]);
		expect(await ready(/^Customer value/)).toEqual({
			id: 'value',
			analysis: {
				en: 'Customer value (Pareto, tiers, RFM monetary, CLV spend)',
				zh: '客户价值（帕累托、价值等级、RFM 消费金额、CLV 消费）'
			},
			ready: true,
			because: {
				en: '2 purchase lines carry a customer id and an amount',
				zh: '2 条购买明细带有客户编号和金额'
			}
		});
		expect((await ready(/^Contact-based/)).because.zh).toBe('需要跟进记录文件');
	});

	// Issue 12: capabilities said "ready" where the analysis then came back empty.
	it('says value needs amounts when the file has none, while customers over time are ready', async () => {
		await loadLines(engine, [line('c1', 500), line('c2', 300)]);
		await engine.exec('UPDATE transactions SET amount = NULL');
		expect(await ready(/^Customer value/)).toMatchObject({
			ready: false,
			because: { en: 'the file has no amounts: add an amount column, or a unit price column' }
		});
		expect(await ready(/^Customers over time/)).toMatchObject({ ready: true });
		expect(await ready(/^Baskets/)).toMatchObject({ ready: true, because: { en: /^2 baskets/ } });
	});

	it('promises baskets only when there is a basket with a sold product', async () => {
		await loadLines(engine, [line(null, 500), line(null, 300)]);
		await engine.exec('UPDATE transactions SET invoice_id = NULL');
		expect(await ready(/^Baskets/)).toMatchObject({ ready: false });
		await loadLines(engine, [line('c1', 500)]);
		await engine.exec('UPDATE transactions SET amount = 0');
		expect(await ready(/^Baskets/)).toMatchObject({ ready: false });
	});

	it('promises sequences only when a customer bought on two days', async () => {
		const later = { ...line('c1', 200), invoice_id: 'i-later', ts: '2024-06-09' };
		await loadLines(engine, [line('c1', 500), line('c2', 300)]);
		expect(await ready(/^Purchase sequences/)).toMatchObject({ ready: false });
		await loadLines(engine, [line('c1', 500), line('c2', 300), later]);
		expect(await ready(/^Purchase sequences/)).toMatchObject({
			ready: true,
			because: { en: '1 customers bought products on two or more days' }
		});
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
