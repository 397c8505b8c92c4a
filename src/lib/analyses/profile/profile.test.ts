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
