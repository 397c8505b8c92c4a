/**
 * Test-only suite: on the demo data (datasets/README.md §7) the seed segment finds the 14 planted
 * customers, with the planted near misses falling out step by step; applied as the global filter
 * it narrows every view; and the action lists agree with reference queries written here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFiles } from './load';
import type { Engine } from '$lib/engine/engine';
import { applyFilters, NO_FILTERS, VIEW } from '$lib/engine/views';
import { compileFilters } from '$lib/analyses/drill/filters';
import { actionCustomers, actionSummaries } from '$lib/analyses/actions/actions';
import { replenishmentDue } from '$lib/analyses/actions/replenishment';
import { bothEnds } from '$lib/analyses/overview/both-ends';
import { SEED_SEGMENT } from '$lib/analyses/segments/seed';
import { segmentCounts, segmentCustomers } from '$lib/analyses/segments/segment';

const DEMO = 'datasets/demo';
const AS_OF = '2025-01-01';

/** The 14 customers datasets/README.md lists for the seed segment. */
export const SEED_CUSTOMERS = [
	'C00181',
	'C00478',
	'C00693',
	'C00707',
	'C00803',
	'C01958',
	'C02138',
	'C02249',
	'C02747',
	'C03015',
	'C03029',
	'C03225',
	'C04044',
	'C05528'
];

/** The seed segment written as plain SQL, without the compiler: the reference it must match. */
const SEED_REFERENCE = `SELECT c.customer_id
FROM customers c
WHERE c.branch = 'Shanghai' AND c.owner_rep = 'Li Na'
	AND (SELECT count(DISTINCT t.product_name) FROM transactions t
		WHERE t.customer_id = c.customer_id AND t.quantity > 0
			AND t.product_name IN ('Water Purifier', 'Propolis')
			AND t.ts >= DATE '2024-10-01' AND t.ts < DATE '2025-01-01') = 2
	AND NOT EXISTS (SELECT 1 FROM activities a
		WHERE a.customer_id = c.customer_id AND a.type = 'campaign'
			AND a.ts >= DATE '2024-07-01' AND a.ts < DATE '2025-01-01')
ORDER BY c.customer_id`;

/** Each action list's size by a query written from its definition on the actions page. */
const ACTION_REFERENCES = {
	birthdays: `SELECT count(*) AS n FROM customers WHERE month(birthday) = 1 AND year(birthday) < 2025`,
	new_this_week: `SELECT count(*) AS n FROM customers c
WHERE c.signup_date BETWEEN DATE '2024-12-25' AND DATE '2024-12-31'
	OR c.customer_id IN (SELECT customer_id FROM transactions WHERE quantity > 0
		GROUP BY customer_id HAVING min(ts) >= DATE '2024-12-25' AND min(ts) < DATE '2025-01-01')`,
	bought_this_week: `SELECT count(DISTINCT t.customer_id) AS n FROM transactions t
JOIN customers c ON c.customer_id = t.customer_id
WHERE t.quantity > 0 AND t.ts >= DATE '2024-12-25' AND t.ts < DATE '2025-01-01'`,
	not_contacted: `SELECT count(*) AS n FROM customers c
WHERE c.churned IS DISTINCT FROM TRUE
	AND NOT EXISTS (SELECT 1 FROM activities a WHERE a.customer_id = c.customer_id
		AND a.ts >= DATE '2024-10-01' AND a.ts < DATE '2025-01-01')`
} as const;

/** The suite for one engine kind; each kind has its own test file so each stays under 30 s. */
export function demoSuite(kind: 'native' | 'wasm') {
	describe(`segments and action lists on the demo data (${kind})`, () => {
		let engine: Engine;
		beforeAll(async () => {
			const files = Object.fromEntries(
				(['transactions', 'customers', 'activities'] as const).map((t) => [
					t,
					`${DEMO}/${t}.csv.gz`
				])
			);
			engine = await loadFiles(files, kind);
			await applyFilters(engine);
		}, 60_000);
		afterAll(() => engine.close());

		it('finds the 14 planted customers of the seed segment, as the reference query does', async () => {
			const reference = (await engine.query(SEED_REFERENCE))
				.rows<{ customer_id: string }>()
				.map((r) => r.customer_id);
			expect(reference).toEqual(SEED_CUSTOMERS);
			const { as_of, customers } = await segmentCustomers(engine, SEED_SEGMENT);
			expect(as_of).toBe(AS_OF);
			expect(customers.map((c) => c.customer_id).sort()).toEqual(reference);
			// Shanghai 1,434 → Li Na 709 → bought both in the window 20 → 6 went to Double 11 2024.
			expect(await segmentCounts(engine, SEED_SEGMENT)).toEqual({
				as_of: AS_OF,
				total: 6000,
				matched: 14,
				steps: [1434, 709, 20, 14]
			});
		});

		it('narrows every view when applied as the global filter', async () => {
			await applyFilters(engine, compileFilters({ attributes: [], segment: SEED_SEGMENT }));
			const count = async (view: string) =>
				(await engine.query(`SELECT count(DISTINCT customer_id) AS n FROM ${view}`)).rows<{
					n: number;
				}>()[0].n;
			expect(await count(VIEW.customers)).toBe(14);
			expect(await count(VIEW.transactions)).toBe(14);
			expect(await count(VIEW.activities)).toBeLessThanOrEqual(14);
			await applyFilters(engine, NO_FILTERS);
			expect(await count(VIEW.customers)).toBe(6000);
		});

		it('sizes the action lists as the reference queries do', async () => {
			const summaries = await actionSummaries(engine, AS_OF);
			const size = (key: string) => summaries.find((s) => s.key === key)!;
			for (const [key, sql] of Object.entries(ACTION_REFERENCES)) {
				const expected = (await engine.query(sql)).rows<{ n: number }>()[0].n;
				expect({ key, count: size(key).count }).toEqual({ key, count: expected });
				expect(expected).toBeGreaterThan(0);
			}
			const { atRisk } = await bothEnds(engine, { snapshot: AS_OF, limit: 1 });
			expect(size('at_risk').count).toBe(atRisk[0].total);
			expect(size('owner_changed').status).toBe('unavailable');
			expect(size('replenishment')).toMatchObject({ status: 'ready', count: null });
			// Printer buyers are due for toner about every 90 days (datasets/README.md §4).
			const due = await replenishmentDue(engine, AS_OF);
			expect(due.filter((d) => d.product === 'Toner Cartridge').length).toBeGreaterThan(10);
			const listed = await actionCustomers(engine, 'replenishment', AS_OF, due);
			expect(listed.map((c) => [c.customer_id, c.date, c.detail]).sort()).toEqual(
				due.map((d) => [d.customer_id, d.due_by, d.product]).sort()
			);
			const birthdays = await actionCustomers(engine, 'birthdays', AS_OF);
			expect(birthdays.every((c) => c.date?.startsWith('2025-01-'))).toBe(true);
			expect(birthdays.map((c) => c.date)).toEqual(birthdays.map((c) => c.date).sort());
		});
	});
}
