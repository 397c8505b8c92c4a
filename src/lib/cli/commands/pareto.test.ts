import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../main';

const ONLINE_RETAIL = '../shared/datasets/online-retail/online_retail.csv.gz';
const hasOnlineRetail = existsSync(ONLINE_RETAIL);
if (!hasOnlineRetail)
	console.log(`skipping the Online Retail pareto run: ${ONLINE_RETAIL} is absent`);

/** Run the CLI and capture what it prints. */
async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
	const out = { text: '', write: (s: string) => ((out.text += s), true) };
	const err = { text: '', write: (s: string) => ((err.text += s), true) };
	const code = await main(argv, out as never, err as never);
	return { code, out: out.text, err: err.text };
}

// Three customers: X 700 (cost 210), Y 200 (cost 250), Z 100 (cost 60): profit 490, −50, 40.
const CSV = `InvoiceNo,CustomerID,InvoiceDate,StockCode,Description,Quantity,UnitPrice,UnitCost
1,X,2024-03-01 10:00,P1,Widget,7,100,30
2,Y,2024-09-01 10:00,P2,Gadget,2,100,125
3,Z,2024-10-01 10:00,P1,Widget,1,100,60
`;

function fixture(): string {
	const path = join(mkdtempSync(join(tmpdir(), 'pareto-cli-')), 'transactions.csv');
	writeFileSync(path, CSV);
	return path;
}

// The native engine only: the analyses are tested on both engines beside them.
describe('customer-lens pareto and tiers', () => {
	const file = fixture();

	it('pareto prints the documented JSON keys', async () => {
		const { code, out } = await cli(
			'pareto',
			'--transactions',
			file,
			'--snapshot',
			'2025-01-01',
			'--json'
		);
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(result).toMatchObject({
			customers: 3,
			revenue: 1000,
			share_customers_80: 2 / 3,
			abc: { mode: 'fixed', a: 0.8, b: 0.95 },
			profit: {
				total_profit: 480,
				peak_profit: 530,
				peak_customers: 2,
				makers: { customers: 2, profit: 530 },
				losers: { customers: 1, profit: -50 }
			},
			product_profit: { products: 2, losers: { products: 1 } }
		});
		expect(result.gini).toBeCloseTo((2 * (100 + 400 + 2100)) / 3000 - 4 / 3, 12);
		expect(result.classes.map((c: { class: string }) => c.class)).toEqual(['A', 'B', 'C', 'D']);
	});

	it('tiers prints tiers and the 18 matrix cells with strategies', async () => {
		const { code, out } = await cli(
			'tiers',
			'--transactions',
			file,
			'--snapshot',
			'2025-01-01',
			'--tiers',
			'Top:34,Rest',
			'--json'
		);
		expect(code).toBe(0);
		const result = JSON.parse(out);
		expect(result.tiers).toEqual([
			expect.objectContaining({ tier: 'Top', customers: 1, revenue: 700, min_spend: 700 }),
			expect.objectContaining({ tier: 'Rest', customers: 2, revenue: 300, min_spend: 100 })
		]);
		expect(result).toMatchObject({ matrix_basis: 'profit', staged: 3, not_staged: 0 });
		expect(result.matrix).toHaveLength(18);
		expect(result.matrix[0]).toMatchObject({
			class: 'A1',
			strategy: { en: expect.any(String), zh: expect.any(String) }
		});
	});

	it('rejects bad options with a usage error', async () => {
		expect((await cli('pareto', '--transactions', file, '--a', '0.9', '--b', '0.5')).code).toBe(2);
		expect((await cli('pareto', '--transactions', file, '--abc', 'magic')).code).toBe(2);
		expect((await cli('tiers', '--transactions', file, '--tiers', 'Top:x,Rest')).code).toBe(2);
	});

	it.skipIf(!hasOnlineRetail)(
		'runs Online Retail end to end',
		async () => {
			const { code, out, err } = await cli('pareto', '--transactions', ONLINE_RETAIL, '--json');
			expect(err).toBe('');
			expect(code).toBe(0);
			const result = JSON.parse(out);
			expect(result.customers).toBeGreaterThan(4000);
			expect(result.share_customers_80).toBeGreaterThan(0.1);
			expect(result.share_customers_80).toBeLessThan(0.4);
			expect(result.gini).toBeGreaterThan(0.5);
			// The file has no cost column, so there is no profit curve.
			expect(result.profit).toBeUndefined();
		},
		60_000
	);
});
