/**
 * Test-only suite: the demo's planted structure (datasets/README.md) is found. The top 20% of
 * customers bring 76.3% of net revenue; 515 of 5,801 buyers cost more than they bring, and
 * cumulative profit peaks at 120.2% of the total.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from './load';
import type { Engine } from '$lib/engine/engine';
import { applyFilters } from '$lib/engine/views';
import { matrix } from '$lib/analyses/tiers/matrix';
import { tiers } from '$lib/analyses/tiers/tiers';
import { abc } from '$lib/analyses/pareto/abc';
import { pareto } from '$lib/analyses/pareto/pareto';
import { profitCurve } from '$lib/analyses/pareto/profit';

const TRANSACTIONS = 'datasets/demo/transactions.csv.gz';
const snapshot = '2025-01-01';

/** The suite for one engine kind; each kind has its own test file so each stays under 30 s. */
export function demoSuite(kind: 'native' | 'wasm') {
	describe(`demo data on ${kind}`, () => {
		let engine: Engine;
		beforeAll(async () => {
			engine = await loadFiles({ transactions: TRANSACTIONS }, kind);
			await applyFilters(engine);
		}, 60_000);
		afterAll(() => engine.close());

		it('finds the planted revenue concentration', async () => {
			const result = await pareto(engine, { snapshot });
			expect(result.customers).toBe(5801);
			expect(result.revenue).toBeCloseTo(21_091_986.36, 2);
			expect(result.top_20_share).toBeCloseTo(0.763, 3);
			expect(result.share_customers_80).toBeGreaterThan(0.2);
			expect(result.share_customers_80).toBeLessThan(0.25);
			const classes = await abc(engine, { snapshot });
			// The six customers who returned everything have exactly 0 net revenue.
			expect(classes.classes.find((c) => c.class === 'D')?.customers).toBe(6);
		});

		it('finds the planted loss makers and the 120% peak', async () => {
			const curve = await profitCurve(engine, 'customers', { snapshot, breakEven: 0 });
			expect(curve.groups.find((g) => g.group === 'losers')).toMatchObject({
				items: 515,
				profit: -928_557.49
			});
			expect(curve.peak_share).toBeCloseTo(1.202, 3);
			expect(curve.total_profit).toBeCloseTo(4_598_907.07, 2);
			const products = await profitCurve(engine, 'products', { snapshot, breakEven: 0 });
			// The six loss leaders.
			expect(products.groups.find((g) => g.group === 'losers')?.items).toBe(6);
		});

		it('puts every buyer in a tier and stages the active ones', async () => {
			const rows = await tiers(engine, { snapshot });
			expect(rows.reduce((s, t) => s + t.customers, 0)).toBe(5801);
			expect(rows[0]).toMatchObject({ tier: 'Black', customers: 58 });
			const m = (await matrix(engine, { snapshot }))!;
			expect(m.basis).toBe('profit');
			expect(m.staged + m.not_staged).toBe(5801);
			expect(m.cells.reduce((s, c) => s + c.customers, 0)).toBe(m.staged);
		});
	});
}
