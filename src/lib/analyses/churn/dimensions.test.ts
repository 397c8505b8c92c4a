import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ident, literal } from '../../engine/sql';
import { refreshViews } from '../../engine/views';
import { byId, ENGINES, SNAPSHOT, loadLines } from '$tests/helpers/pareto-data';
import { rfmCustomers } from '../rfm/rfm';
import { tiers } from '../tiers/tiers';
import { reasonsSql, segmentReasonsSql } from './reasons';
import { columnDimension, TOP_VALUES, type Dimension } from './dimensions';
import { customerColumns, sliceColumns } from './columns';
import { heatmapSql, sliceChurn, sliceSql } from './slice';
import { statusCountsSql, statusHistorySql, transitionsSql } from './status';
import { churnByMonthSql, survivalSql, tenureAtChurnSql } from './timing';
import { inactivityDefaultSql, windowCheckSql } from './setup';
import { churnTotalsSql } from './definition';
import { arbDataset, count, loadDataset, addAttributeColumns } from '$tests/helpers/churn-data';

const BUYERS = { definition: { kind: 'inactive' as const, days: 10_000 }, snapshot: SNAPSHOT };
const TIERS = [
	{ name: 'Top', share: 0.34 },
	{ name: 'Middle', share: 0.33 },
	{ name: 'Rest', share: 0.33 }
];
const HOSTILE = `we"ird' col`;

async function customersOnly(engine: Engine, column: string, values: (string | null)[]) {
	await loadLines(engine, []);
	await engine.exec(`ALTER TABLE customers ADD COLUMN IF NOT EXISTS ${ident(column)} VARCHAR`);
	await refreshViews(engine);
	await engine.exec(
		`INSERT INTO customers (customer_id, churned, ${ident(column)}) VALUES ${values
			.map(
				(v, i) => `(${literal(`k${String(i).padStart(2, '0')}`)}, ${i % 3 === 0}, ${literal(v)})`
			)
			.join(', ')}`
	);
}

describe.each(ENGINES)('churn dimensions on %s', (_, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
		await addAttributeColumns(engine);
	});
	afterAll(() => engine.close());

	it('puts buyers in the value tiers and RFM segments the tiers and RFM analyses give', async () => {
		await fc.assert(
			fc.asyncProperty(arbDataset, async ({ lines, customers }) => {
				await loadDataset(engine, lines, customers);
				const [tierSlice, rfmSlice, productSlice] = await sliceChurn(
					engine,
					BUYERS,
					[
						{ kind: 'value_tier', tiers: TIERS },
						{ kind: 'rfm_segment' },
						{ kind: 'first_product' }
					],
					null
				);
				const expectedTiers = (await tiers(engine, { snapshot: SNAPSHOT, tiers: TIERS })).filter(
					(t) => t.customers > 0
				);
				expect(Object.fromEntries(tierSlice.rows.map((r) => [r.value, r.customers]))).toEqual(
					Object.fromEntries(expectedTiers.map((t) => [t.tier, t.customers]))
				);
				const scored = await rfmCustomers(engine, { snapshot: SNAPSHOT }, {});
				expect(Object.fromEntries(rfmSlice.rows.map((r) => [r.value, r.customers]))).toEqual(
					count(scored, (c) => c.segment)
				);
				// First product: the earliest sales line of a product, larger amounts first on ties.
				const firsts = new Map<string, string>();
				const sorted = lines
					.filter((l) => l.customer_id && l.ts < SNAPSHOT && !l.is_return && l.is_product)
					.sort((a, b) =>
						a.ts < b.ts
							? -1
							: a.ts > b.ts
								? 1
								: b.cents - a.cents || byId(a.product_id, b.product_id)
					);
				for (const l of sorted)
					if (!firsts.has(l.customer_id!)) firsts.set(l.customer_id!, `Product ${l.product_id}`);
				const buyers = scored.map((c) => c.customer_id);
				expect(Object.fromEntries(productSlice.rows.map((r) => [r.value, r.customers]))).toEqual(
					count(buyers, (id) => firsts.get(id) ?? '(missing)')
				);
			}),
			{ numRuns: 15 }
		);
	});

	it('bins numbers with many levels into fifths and groups rare text as (other)', async () => {
		const ages = Array.from({ length: 20 }, (_, i) => String(i + 1));
		await customersOnly(engine, 'Age', [...ages, null, ' ']);
		const flag = { definition: { kind: 'flag' as const } };
		const columns = await customerColumns(engine);
		const age = columns.find((c) => c.column === 'Age')!;
		expect(age).toMatchObject({ numeric: true, distinct: 20, filled: 20 });
		const [slice] = await sliceChurn(engine, flag, [columnDimension(age)], null);
		expect(slice.rows.map((r) => [r.value, r.customers])).toEqual([
			['1–4', 4],
			['5–8', 4],
			['9–12', 4],
			['13–16', 4],
			['17–20', 4],
			['(missing)', 2]
		]);
		const many = Array.from({ length: TOP_VALUES + 5 }, (_, i) => `v${i}`);
		await customersOnly(engine, 'Plan', [...many, 'v3', 'v3']);
		const [plans] = await sliceChurn(engine, flag, [{ kind: 'column', column: 'Plan' }], null);
		expect(plans.rows).toHaveLength(TOP_VALUES + 1);
		expect(plans.rows[0]).toMatchObject({ value: 'v3', customers: 3 });
		expect(plans.rows.at(-1)).toMatchObject({ value: '(other)', customers: 5 });
	});

	it('binds every statement, whatever the column is called', async () => {
		await customersOnly(engine, HOSTILE, ['a', 'b', null, 'a']);
		const columns = await customerColumns(engine);
		expect(sliceColumns(columns).map((c) => c.column)).toContain(HOSTILE);
		const dims: Dimension[] = [
			{ kind: 'column', column: HOSTILE },
			{ kind: 'column', column: HOSTILE, binned: true },
			{ kind: 'rfm_segment' },
			{ kind: 'value_tier' },
			{ kind: 'tenure' },
			{ kind: 'first_product' },
			{ kind: 'first_category' }
		];
		for (const params of [
			{
				definition: { kind: 'flag' as const, column: HOSTILE },
				reasonColumn: HOSTILE,
				tenureColumn: HOSTILE
			},
			{ definition: { kind: 'inactive' as const, days: 90 }, snapshot: SNAPSHOT }
		]) {
			const withRisk = { ...params, atRiskDays: 30 };
			const statements = [
				churnTotalsSql(params),
				sliceSql(params, dims),
				heatmapSql(params, dims[0], dims[2]),
				reasonsSql(params),
				segmentReasonsSql(params, dims[3]),
				tenureAtChurnSql(params),
				churnByMonthSql(params),
				survivalSql(params),
				survivalSql(params, dims[4]),
				statusCountsSql(withRisk),
				statusHistorySql(withRisk),
				inactivityDefaultSql(SNAPSHOT),
				windowCheckSql(30)
			];
			for (const sql of statements) await engine.query(`EXPLAIN ${sql}`);
			await engine.query(`EXPLAIN ${transitionsSql(withRisk)}`, [
				SNAPSHOT,
				SNAPSHOT,
				SNAPSHOT,
				SNAPSHOT
			]);
		}
		const [slice] = await sliceChurn(engine, { definition: { kind: 'flag' } }, [dims[0]], null);
		expect(slice.rows.map((r) => [r.value, r.customers])).toEqual([
			['a', 2],
			['b', 1],
			['(missing)', 1]
		]);
	});
});
