import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ENGINES, SNAPSHOT } from '$tests/helpers/pareto-data';
import { TENURE_BUCKETS, type Dimension } from './dimensions';
import { NO_REASON, churnReasons, reasonsBySegment } from './reasons';
import { daysBetween, refChurnCustomers } from '$tests/reference/churn';
import { churnTotals, sliceChurn } from './slice';
import {
	addAttributeColumns,
	arbDataset,
	arbDefinition,
	count,
	loadDataset
} from '$tests/helpers/churn-data';

const DIMENSIONS: Dimension[] = [
	{ kind: 'column', column: 'membership' },
	{ kind: 'column', column: 'Plan' },
	{ kind: 'column', column: 'Age', numeric: true },
	{ kind: 'tenure' }
];

describe.each(ENGINES)('churn slices on %s', (_, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
		await addAttributeColumns(engine);
	});
	afterAll(() => engine.close());
	it('counts churn and slices it like the plain reference', async () => {
		await fc.assert(
			fc.asyncProperty(arbDataset, arbDefinition, async ({ lines, customers }, define) => {
				const definition = define(lines);
				await loadDataset(engine, lines, customers);
				const params = { definition, snapshot: SNAPSHOT };
				const ref = refChurnCustomers(lines, customers, definition).filter((c) => c.eligible);
				const totals = await churnTotals(engine, params);
				expect(totals.customers).toBe(ref.length);
				expect(totals.churned).toBe(ref.filter((c) => c.churned).length);
				const slices = await sliceChurn(engine, params, DIMENSIONS, totals.rate);
				const value = (d: Dimension, c: (typeof ref)[number]): string => {
					if (d.kind === 'tenure') {
						const bucket = [...TENURE_BUCKETS]
							.reverse()
							.find(([from]) => (c.tenure_days ?? -1) >= from);
						return bucket?.[1] ?? '(unknown)';
					}
					const column = d.kind === 'column' ? d.column : '';
					const row = c.row as unknown as Record<string, string | null> | null;
					return row?.[column.toLowerCase()] ?? '(missing)';
				};
				DIMENSIONS.forEach((d, i) => {
					const expected = count(ref, (c) => value(d, c));
					const churned = count(
						ref.filter((c) => c.churned),
						(c) => value(d, c)
					);
					const got = slices[i].rows;
					expect(Object.fromEntries(got.map((r) => [r.value, r.customers]))).toEqual(expected);
					for (const r of got) {
						expect(r.churned).toBe(churned[r.value] ?? 0);
						expect(r.rate).toBeCloseTo(r.churned / r.customers, 12);
						if (totals.rate) expect(r.lift).toBeCloseTo(r.rate / totals.rate, 12);
					}
				});
				// Numbers few enough to list are ordered as numbers, not as text.
				const ages = slices[2].rows.map((r) => r.value).filter((v) => v !== '(missing)');
				expect(ages).toEqual([...ages].sort((a, b) => Number(a) - Number(b)));
			}),
			{ numRuns: 15 }
		);
	});

	it('counts reasons overall and per segment, with each segment’s top reason', async () => {
		await fc.assert(
			fc.asyncProperty(arbDataset, async ({ lines, customers }) => {
				await loadDataset(engine, lines, customers);
				const params = { definition: { kind: 'flag' as const }, snapshot: SNAPSHOT };
				const churned = refChurnCustomers(lines, customers, params.definition).filter(
					(c) => c.eligible && c.churned
				);
				const reasons = await churnReasons(engine, params);
				expect(Object.fromEntries(reasons.map((r) => [r.reason, r.churned]))).toEqual(
					count(churned, (c) => c.reason ?? NO_REASON)
				);
				const bySegment = await reasonsBySegment(engine, params, DIMENSIONS[1]);
				for (const s of bySegment) {
					const own = churned.filter((c) => (c.row?.plan ?? '(missing)') === s.value);
					expect(s.churned).toBe(own.length);
					const named = Object.entries(
						count(
							own.filter((c) => c.reason),
							(c) => c.reason!
						)
					);
					const best = Math.max(0, ...named.map(([, n]) => n));
					if (best === 0) expect(s.top).toBeNull();
					else expect(s.top!.churned).toBe(best);
				}
			}),
			{ numRuns: 15 }
		);
	});

	it('measures tenure from signup (or first purchase) to churn or the snapshot', async () => {
		await loadDataset(
			engine,
			[
				{
					invoice_id: 'I1',
					customer_id: 'c1',
					ts: '2024-01-10 10:00:00',
					product_id: 'P1',
					cents: 500,
					cost_cents: null,
					is_return: false,
					is_product: true
				},
				{
					invoice_id: 'I2',
					customer_id: 'c1',
					ts: '2024-03-01 10:00:00',
					product_id: 'P1',
					cents: 500,
					cost_cents: null,
					is_return: false,
					is_product: true
				}
			],
			[
				{
					customer_id: 'c1',
					membership: null,
					plan: null,
					age: null,
					churned: true,
					churn_date: '2024-06-01',
					churn_reason: null,
					signup_date: '2023-12-01'
				}
			]
		);
		const totals = await churnTotals(engine, { definition: { kind: 'flag' }, snapshot: SNAPSHOT });
		expect(totals).toMatchObject({ customers: 1, churned: 1 });
		const slices = await sliceChurn(
			engine,
			{ definition: { kind: 'flag' }, snapshot: SNAPSHOT },
			[{ kind: 'tenure' }],
			1
		);
		// 2023-12-01 → 2024-06-01 is 183 days: the 6–12 months bucket.
		expect(daysBetween('2023-12-01', '2024-06-01')).toBe(183);
		expect(slices[0].rows.map((r) => r.value)).toEqual(['6–12 months']);
	});
});
