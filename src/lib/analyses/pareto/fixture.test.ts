/**
 * A hand-checked fixture through the real ingest: six customers, net revenue A 1000, B 500,
 * C 300, D 150, E 50, F 0 (bought and returned), plus a guest line and a line after the snapshot.
 * Every expected number below is worked out by hand in the comments.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from '$tests/helpers/load';
import type { Engine } from '../../engine/engine';
import { applyFilters } from '../../engine/views';
import { matrix, matrixCustomers } from '../tiers/matrix';
import { tiers } from '../tiers/tiers';
import { abc, abcCustomers } from './abc';
import { pareto } from './pareto';
import { profitCurve, profitItems } from './profit';

const CSV = `InvoiceNo,CustomerID,InvoiceDate,StockCode,Description,Quantity,UnitPrice,UnitCost
I01,A,2024-03-10 10:00,P1,Widget,1,400,200
I02,A,2024-09-10 10:00,P1,Widget,2,300,150
I03,B,2023-10-01 10:00,P2,Gadget,1,160,96
I04,B,2024-02-01 10:00,P2,Gadget,1,200,120
I05,B,2024-08-01 10:00,P2,Gadget,1,140,84
I06,C,2023-11-01 10:00,P3,Doohickey,1,100,98
I07,C,2024-04-01 10:00,P3,Doohickey,1,100,98
I08,C,2024-10-01 10:00,P3,Doohickey,1,100,98
I09,D,2024-11-11 10:00,P4,Loss Leader,2,75,100
I10,E,2023-06-01 10:00,P5,Thing,1,50,60
I11,F,2024-10-01 10:00,P1,Widget,1,100,60
CI12,F,2024-10-05 10:00,P1,Widget,-1,100,60
I13,,2024-05-05 10:00,P1,Widget,1,999,1
I14,A,2025-01-02 10:00,P1,Widget,1,5000,1
`;
const snapshot = '2025-01-01';

describe.each(['wasm', 'native'] as const)('hand-checked fixture on %s', (kind) => {
	let engine: Engine;
	beforeAll(async () => {
		const path = join(mkdtempSync(join(tmpdir(), 'value-fixture-')), 'transactions.csv');
		writeFileSync(path, CSV);
		engine = await loadFiles({ transactions: path }, kind);
		await applyFilters(engine);
	});
	afterAll(() => engine.close());

	it('finds the concentration', async () => {
		const result = await pareto(engine, { snapshot });
		expect(result).toMatchObject({ customers: 6, revenue: 2000 });
		// A + B + C = 1800 ≥ 80% of 2000, A + B = 1500 is not: 3 of 6 customers.
		expect(result.share_customers_80).toBe(0.5);
		// Top ⌈6 / 5⌉ = 2 customers: 1500 / 2000.
		expect(result.top_20_share).toBe(0.75);
		// Ascending 0, 50, 150, 300, 500, 1000: Σ i·x = 10250; 2·10250 / (6·2000) − 7/6 = 13/24.
		expect(result.gini).toBeCloseTo(13 / 24, 12);
		expect(result.points.map((p) => p.cumulative_share)).toEqual([0.5, 0.75, 0.9, 0.975, 1, 1]);
	});

	it('classes A/B/C/D with fixed and computed limits', async () => {
		const ids = async (mode: 'fixed' | 'computed') =>
			(await abcCustomers(engine, { snapshot, mode })).map((c) => `${c.customer_id}${c.class}`);
		// Before D: 1800 < 95% of 2000 → B; before E: 1950 → C; F has 0 → D.
		expect(await ids('fixed')).toEqual(['AA', 'BA', 'CA', 'DB', 'EC', 'FD']);
		// Positive curve: k=2 (0.4, 0.75) has distance 0.2225 < 0.29 (k=1) and 0.37 (k=3).
		// Mean positive revenue 400: C (300) is below it, so B is empty.
		expect(await ids('computed')).toEqual(['AA', 'BA', 'CC', 'DC', 'EC', 'FD']);
		const computed = await abc(engine, { snapshot, mode: 'computed' });
		expect(computed).toMatchObject({ pareto_rank: 2, break_even_revenue: 400 });
	});

	it('draws the whale curve for customers and products', async () => {
		// Profit: A 500, B 200, C 6, F 0, E −10, D −50 → cumulative peaks at 706 after 3, total 646.
		const customers = await profitCurve(engine, 'customers', { snapshot });
		expect(customers).toMatchObject({
			items: 6,
			total_profit: 646,
			peak_profit: 706,
			peak_rank: 3,
			peak_items_share: 0.5
		});
		expect(customers.peak_share).toBeCloseTo(706 / 646, 12);
		// Band 2%: C's 6 is exactly 2% of 300 and F's 0 of 0: both break even.
		expect(customers.groups.map((g) => [g.group, g.items, g.profit])).toEqual([
			['makers', 2, 700],
			['break_even', 2, 6],
			['losers', 2, -60]
		]);
		const losers = await profitItems(engine, 'customers', 'losers', { snapshot });
		expect(losers.map((i) => [i.id, i.cost])).toEqual([
			['D', 200],
			['E', 60]
		]);
		const strict = await profitCurve(engine, 'customers', { snapshot, breakEven: 0 });
		expect(strict.groups.map((g) => g.items)).toEqual([3, 1, 2]);
		// Products include the guest line: P1 1999 − 501 = 1498, P2 200, P3 6, P5 −10, P4 −50.
		const products = await profitCurve(engine, 'products', { snapshot });
		expect(products).toMatchObject({
			items: 5,
			total_profit: 1644,
			peak_profit: 1704,
			peak_rank: 3
		});
	});

	it('puts customers in spend tiers', async () => {
		// n = 6: Black needs rank ≤ 0.06, … Silver rank ≤ 35% × 6 = 2.1 → A and B.
		const rows = await tiers(engine, { snapshot });
		expect(rows.map((t) => [t.tier, t.customers, t.revenue, t.min_spend])).toEqual([
			['Black', 0, 0, null],
			['Platinum', 0, 0, null],
			['Gold', 0, 0, null],
			['Silver', 2, 1500, 500],
			['Standard', 4, 500, 0]
		]);
	});

	it('places customers in the A1–C6 matrix', async () => {
		// Last period 2024-07-01…2024-12-31, previous 2024-01-01…2024-06-30. Volume over last-period
		// buyers A 600, D 150, B 140, C 100, F 0 → ntile 1, 1, 2, 2, 3. Trends: A +50% exactly
		// (growing), B −30% exactly (declining), C stable, D and F new (growing). E is not staged.
		// Attractiveness by profit among the staged: A 500, B 200 | C 6, F 0 | D −50.
		const rows = await matrixCustomers(engine, { snapshot });
		expect(rows.map((r) => `${r.customer_id}${r.class}`).sort()).toEqual([
			'AA2',
			'BA6',
			'CB3',
			'DC2',
			'FB4'
		]);
		const m = (await matrix(engine, { snapshot }))!;
		expect(m).toMatchObject({
			basis: 'profit',
			last_start: '2024-07-01',
			previous_start: '2024-01-01',
			staged: 5,
			not_staged: 1
		});
		const a6 = m.cells.find((c) => c.class === 'A6');
		expect(a6).toMatchObject({ customers: 1, revenue: 140, previous_revenue: 200 });
	});
});
