import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ENGINES, SNAPSHOT } from '$tests/helpers/pareto-data';
import {
	daysBetween,
	purchaseDays,
	refChurnCustomers,
	refMonthStarts,
	refStatus
} from '$tests/reference/churn';
import { statusCounts, statusHistory, transitions } from './status';
import {
	addAttributeColumns,
	arbDataset,
	arbDefinition,
	count,
	loadDataset
} from '$tests/helpers/churn-data';

describe.each(ENGINES)('churn statuses on %s', (_, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
		await addAttributeColumns(engine);
	});
	afterAll(() => engine.close());
	it('gives every customer the reference statuses at the snapshot, each month and in transitions', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbDataset,
				arbDefinition,
				fc.oneof(fc.integer({ min: 1, max: 120 }), fc.constant(null)),
				async ({ lines, customers }, define, risk) => {
					const definition = define(lines);
					// null: the at-risk threshold sits exactly on one buyer's silence.
					const silences = [...purchaseDays(lines).values()].map((d) =>
						daysBetween(d.at(-1)!, SNAPSHOT)
					);
					const atRiskDays = risk ?? Math.max(1, silences[0] ?? 30);
					await loadDataset(engine, lines, customers);
					const params = { definition, snapshot: SNAPSHOT, atRiskDays };
					const ref = refChurnCustomers(lines, customers, definition);
					const hasTransactions = ref.some((c) => c.days.length > 0);
					const key = (asOf: string, c: (typeof ref)[number]) => {
						const s = refStatus(c, asOf, definition, atRiskDays, hasTransactions);
						return `${asOf}|${s.purchase}|${s.retention}`;
					};
					const asKeys = (rows: Awaited<ReturnType<typeof statusHistory>>) =>
						Object.fromEntries(
							rows.map((r) => [
								`${r.as_of}|${r.purchase_status}|${r.retention_status}`,
								r.customers
							])
						);
					expect(asKeys(await statusCounts(engine, params))).toEqual(
						count(ref, (c) => key(SNAPSHOT, c))
					);
					const months = refMonthStarts(ref);
					expect(asKeys(await statusHistory(engine, params))).toEqual(
						count(
							months.flatMap((m) => ref.map((c) => key(m, c))),
							(k) => k
						)
					);
					const [from, to] = ['2024-06-15', SNAPSHOT];
					const pairs = ref
						.map((c) => {
							const a = refStatus(c, from, definition, atRiskDays, hasTransactions).retention;
							const b = refStatus(c, to, definition, atRiskDays, hasTransactions).retention;
							return `${a}>${b}`;
						})
						.filter((p) => p !== 'null>null');
					const got = await transitions(engine, params, from, to);
					expect(
						Object.fromEntries(got.map((t) => [`${t.from_status}>${t.to_status}`, t.customers]))
					).toEqual(count(pairs, (p) => p));
				}
			),
			{ numRuns: 15 }
		);
	});

	it('splits a customers file alone (no dates, no snapshot) into active and churned', async () => {
		await loadDataset(
			engine,
			[],
			['c1', 'c2', 'c3'].map((customer_id, i) => ({
				customer_id,
				membership: null,
				plan: null,
				age: null,
				churned: i === 0,
				churn_date: null,
				churn_reason: null,
				signup_date: null
			}))
		);
		const counts = await statusCounts(engine, { definition: { kind: 'flag' }, atRiskDays: 30 });
		expect(
			counts.map((c) => [c.as_of, c.purchase_status, c.retention_status, c.customers])
		).toEqual([
			[null, 'never', 'active', 2],
			[null, 'never', 'churned', 1]
		]);
	});
});
