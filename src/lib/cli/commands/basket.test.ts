import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

const DEMO = 'datasets/demo/transactions.csv.gz';
const DEMO_CUSTOMERS = 'datasets/demo/customers.csv.gz';
/** Run the CLI and capture what it prints. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	const out = { text: '', write: (s: string) => ((out.text += s), true) };
	const err = { text: '', write: (s: string) => ((err.text += s), true) };
	const code = await main(argv, out as never, err as never);
	return { code, out: out.text, err: err.text };
}

type JsonRule = {
	antecedent: string[];
	consequent: string[];
	support: number;
	lift: number;
	confidence: number;
};
const find = (rules: JsonRule[], a: string, c: string) =>
	rules.find((r) => r.antecedent.join() === a && r.consequent.join() === c);

// The native engine only: the analyses are tested on both engines beside them.
describe('customer-lens basket and sequences', () => {
	it('finds the three planted pairs of the demo with their lifts', async () => {
		const { code, out, err } = await cli(
			'basket',
			'--transactions',
			DEMO,
			'--min-support',
			'0.005',
			'--top',
			'10',
			'--json'
		);
		expect(err).toBe('');
		expect(code).toBe(0);
		const r = JSON.parse(out);
		expect(r).toMatchObject({ basket_unit: 'invoice', baskets: 62_666, items: 183, max_len: 3 });
		expect(Object.keys(r)).toEqual(
			expect.arrayContaining([
				'baskets',
				'items',
				'itemsets',
				'rules',
				'itemsets_by_size',
				'top_rules'
			])
		);
		expect(Object.keys(r.top_rules[0])).toEqual(
			expect.arrayContaining([
				'antecedent',
				'consequent',
				'support',
				'confidence',
				'lift',
				'leverage',
				'conviction'
			])
		);
		const planted: [string, string, number, number][] = [
			['Beer 6-pack', 'Diapers (Pack of 40)', 18.5, 0.45],
			['Pasta 500g', 'Tomato Sauce', 11.3, 0.53],
			['Smartphone', 'Phone Case', 61.1, 0.75]
		];
		for (const [a, c, lift, confidence] of planted) {
			const rule = find(r.top_rules, a, c)!;
			expect(rule, `${a} → ${c}`).toBeDefined();
			expect(rule.lift).toBeCloseTo(lift, 1);
			expect(rule.confidence).toBeCloseTo(confidence, 2);
		}
		// The six planted rules (both directions) are the strongest; POST never appears.
		expect(r.top_rules.slice(0, 6).every((x: JsonRule) => x.lift > 10)).toBe(true);
		expect(out).not.toMatch(/Postage/);
	}, 60_000);

	it('finds printer → toner with its lag and the replenishment-due list', async () => {
		const { code, out } = await cli(
			'sequences',
			'--transactions',
			DEMO,
			'--customers',
			DEMO_CUSTOMERS,
			'--top',
			'3',
			'--json'
		);
		expect(code).toBe(0);
		const r = JSON.parse(out);
		expect(r).toMatchObject({ snapshot: '2025-01-01', max_lag_days: 180, customers: 5801 });
		expect(r.pairs[0]).toMatchObject({
			antecedent: 'Laser Printer',
			consequent: 'Toner Cartridge',
			customers_a: 163,
			customers_then_b: 140,
			median_lag: 90,
			repeat_median: 88
		});
		expect(r.pairs[0].mean_lag).toBeCloseTo(90.6, 1);
		expect(r.pairs[0].sd_lag).toBeCloseTo(14.2, 1);
		expect(r.replenishment.first).toMatchObject({ observations: 140, median: 90 });
		expect(r.replenishment.customers.length).toBeGreaterThan(5);
		for (const c of r.replenishment.customers) {
			const w = c.trigger === 'first' ? r.replenishment.first : r.replenishment.repeat;
			expect(c.days_since).toBeGreaterThanOrEqual(w.from_day);
			expect(c.days_since).toBeLessThanOrEqual(w.to_day);
		}
	}, 120_000);

	it('rejects bad options with a usage error', async () => {
		const file = join(mkdtempSync(join(tmpdir(), 'basket-cli-')), 'lines.csv');
		writeFileSync(
			file,
			'InvoiceNo,CustomerID,InvoiceDate,StockCode,Quantity,UnitPrice\n1,X,2024-01-01,A,1,1\n'
		);
		for (const args of [
			['basket', '--min-support', '-1'],
			['basket', '--min-support', '2.5'],
			['basket', '--basket', 'cart'],
			['basket', '--max-len', '12'],
			['basket', '--sort', 'magic'],
			['sequences', '--max-lag-days', 'x']
		])
			expect((await cli(...args, '--transactions', file)).code, args.join(' ')).toBe(2);
	});
});
