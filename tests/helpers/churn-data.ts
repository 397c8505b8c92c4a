/**
 * Test-only: generated customers files (flag, churn date, reason, signup, attributes) beside the
 * generated transaction lines of `pareto-data.ts`, and loading them. Not imported by
 * application code.
 */
import fc from 'fast-check';
import type { Engine } from '$lib/engine/engine';
import { literal } from '$lib/engine/sql';
import { refreshViews } from '$lib/engine/views';
import { arbLine, loadLines, SNAPSHOT, type Line } from './pareto-data';
import type { ChurnDefinition } from '$lib/analyses/churn/definition';
import { daysBetween, purchaseDays } from '../reference/churn';
import { shiftDate } from '$lib/analyses/rfm/migration';

/** One row of the customers file; `plan` and `age` are attribute columns. */
export interface CustomerRow {
	customer_id: string;
	membership: string | null;
	plan: string | null;
	age: string | null;
	churned: boolean | null;
	churn_date: string | null;
	churn_reason: string | null;
	signup_date: string | null;
}

const IDS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10'];
const day = fc.integer({ min: -20, max: 420 }).map((back) => shiftDate(SNAPSHOT, -back));

/** A customers file over a subset of the ids lines use (plus `c10`, who never buys). */
export const arbCustomers: fc.Arbitrary<CustomerRow[]> = fc
	.subarray(IDS, { minLength: 0 })
	.chain((ids) =>
		fc.tuple(
			...ids.map((customer_id) =>
				fc.record({
					customer_id: fc.constant(customer_id),
					membership: fc.option(fc.constantFrom('Gold', 'Silver'), { freq: 4 }),
					plan: fc.option(fc.constantFrom('Basic', 'Plus', 'Pro'), { freq: 5 }),
					age: fc.option(fc.constantFrom('18', '25', '9', '40'), { freq: 5 }),
					churned: fc.option(fc.boolean(), { freq: 6 }),
					churn_date: fc.option(day, { freq: 2 }),
					churn_reason: fc.option(fc.constantFrom('Price', 'Service', "Moved O'Neil"), {
						freq: 2
					}),
					signup_date: fc.option(day, { freq: 2 })
				})
			)
		)
	);

/** Lines and a customers file together. */
export const arbDataset = fc.record({
	lines: fc
		.boolean()
		.chain((withCost) => fc.array(arbLine(withCost, 400), { minLength: 0, maxLength: 40 })),
	customers: arbCustomers
});

/** Add the attribute columns the generated customers carry (once per engine). */
export async function addAttributeColumns(engine: Engine): Promise<void> {
	await engine.exec('ALTER TABLE customers ADD COLUMN IF NOT EXISTS "Plan" VARCHAR');
	await engine.exec('ALTER TABLE customers ADD COLUMN IF NOT EXISTS "Age" VARCHAR');
	await refreshViews(engine);
}

/** Replace the engine's transactions and customers. */
export async function loadDataset(
	engine: Engine,
	lines: readonly Line[],
	customers: readonly CustomerRow[]
): Promise<void> {
	await loadLines(engine, lines);
	if (!customers.length) return;
	const rows = customers.map((c) =>
		[
			c.customer_id,
			c.membership,
			c.plan,
			c.age,
			c.churned,
			c.churn_date,
			c.churn_reason,
			c.signup_date
		]
			.map(literal)
			.join(', ')
	);
	await engine.exec(`INSERT INTO customers
	(customer_id, membership, "Plan", "Age", churned, churn_date, churn_reason, signup_date)
VALUES ${rows.map((r) => `(${r})`).join(',\n')}`);
}

/**
 * A churn definition for a data set: the flag, a random window, or a window equal to one buyer's
 * silence before the snapshot, so the "more than N days" edge is hit.
 */
export const arbDefinition = fc.oneof(
	fc.constant(() => ({ kind: 'flag' }) as ChurnDefinition),
	fc
		.integer({ min: 1, max: 200 })
		.map((days) => () => ({ kind: 'inactive', days }) as ChurnDefinition),
	fc.nat().map((i) => (lines: readonly Line[]) => {
		const silences = [...purchaseDays(lines).values()].map((d) => daysBetween(d.at(-1)!, SNAPSHOT));
		const days = silences.length ? Math.max(1, silences[i % silences.length]) : 30;
		return { kind: 'inactive', days } as ChurnDefinition;
	})
);

/** Occurrences of each key. */
export const count = <T>(items: readonly T[], key: (t: T) => string) => {
	const out: Record<string, number> = {};
	for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
	return out;
};
