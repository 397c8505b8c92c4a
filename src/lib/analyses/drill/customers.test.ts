import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { applyFilters, NO_FILTERS } from '../../engine/views';
import { addAttributeColumns, arbCustomers, loadDataset } from '$tests/helpers/churn-data';
import { arbLine, byId, ENGINES, type Line } from '$tests/helpers/pareto-data';
import { customerCount, customerList, customerListSql, type ListedCustomer } from './customers';
import { compileFilters, filtersLines, type Filters } from './filters';

const arbData = fc.record({
	lines: fc.array(arbLine(false, 400), { minLength: 0, maxLength: 40 }),
	customers: arbCustomers
});

/** The list in plain TypeScript: revenue first, ties by id. */
function refList(
	lines: readonly Line[],
	customers: readonly { customer_id: string; plan: string | null }[],
	buyersOnly: boolean
): Pick<ListedCustomer, 'customer_id' | 'revenue' | 'orders' | 'last_purchase' | 'Plan'>[] {
	const buyers = lines.flatMap((l) => l.customer_id ?? []);
	const ids = new Set(buyersOnly ? buyers : [...customers.map((c) => c.customer_id), ...buyers]);
	return [...ids]
		.map((id) => {
			const own = lines.filter((l) => l.customer_id === id);
			const sales = own.filter((l) => !l.is_return);
			return {
				customer_id: id,
				Plan: customers.find((c) => c.customer_id === id)?.plan ?? null,
				revenue: sales.length ? own.reduce((s, l) => s + l.cents, 0) / 100 : 0,
				orders: new Set(sales.map((l) => l.invoice_id)).size,
				last_purchase: sales.length
					? sales
							.map((l) => l.ts.slice(0, 10))
							.sort()
							.at(-1)!
					: null
			};
		})
		.sort((a, b) => b.revenue - a.revenue || byId(a.customer_id, b.customer_id));
}

describe.each(ENGINES)('the customer list on %s', (_kind, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
		await addAttributeColumns(engine);
	});
	afterAll(() => engine.close());

	it('lists the customers behind the filters as the reference does, page by page', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbData,
				fc.boolean(),
				fc.integer({ min: 1, max: 4 }),
				async ({ lines, customers }, dated, pageSize) => {
					await loadDataset(engine, lines, customers);
					const filters: Filters = { to: dated ? '2024-10-15' : undefined, attributes: [] };
					await applyFilters(engine, compileFilters(filters));
					const buyersOnly = filtersLines(filters);
					const kept = dated ? lines.filter((l) => l.ts < '2024-10-16') : lines;
					const expected = refList(kept, customers, buyersOnly);
					const got = await customerList(engine, { attributes: ['Plan'], buyersOnly });
					expect(
						got.map((c) => ({
							customer_id: c.customer_id,
							Plan: c.Plan,
							revenue: c.revenue,
							orders: c.orders,
							last_purchase: c.last_purchase
						}))
					).toEqual(expected);
					expect(await customerCount(engine, { buyersOnly })).toBe(expected.length);
					const second = await customerList(engine, {
						attributes: [],
						buyersOnly,
						limit: pageSize,
						offset: pageSize
					});
					expect(second.map((c) => c.customer_id)).toEqual(
						expected.slice(pageSize, 2 * pageSize).map((c) => c.customer_id)
					);
					await applyFilters(engine, NO_FILTERS);
				}
			),
			{ numRuns: 25 }
		);
	});

	it('sorts by any listed column and refuses anything else', async () => {
		const sql = (key: string) =>
			customerListSql({ attributes: ['Plan'], buyersOnly: false, sort: { key } }).sql;
		expect(sql('Plan')).toContain('ORDER BY "Plan" ASC NULLS LAST, customer_id');
		expect(sql('revenue')).toContain('ORDER BY "revenue" DESC');
		expect(() => sql('1; DROP TABLE customers')).toThrow(/Cannot sort/);
		expect(() => customerListSql({ attributes: ['revenue'], buyersOnly: false })).toThrow(
			/name of a listed measure/
		);
		await expect(engine.query(`EXPLAIN ${sql('Plan')}`)).resolves.toBeDefined();
	});
});
