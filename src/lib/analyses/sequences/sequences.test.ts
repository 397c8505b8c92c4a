import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { arbBasketLine, loadBasketLines, type BasketLine } from '$tests/helpers/baskets';
import { ENGINES } from '$tests/helpers/pareto-data';
import { replenishment } from './replenishment';
import { median } from 'simple-statistics';
import { quantile7, refDays, refDue, refGaps, refPairs } from '$tests/reference/sequences';
import { sequences } from './sequences';

const SNAPSHOT = '2024-03-15';

/** Lines spread over 80 days from 2024-01-01, a few of them on or after the snapshot. */
const arbLines = fc.array(
	fc.tuple(arbBasketLine(5), fc.integer({ min: 0, max: 80 })).map(([line, offset]) => ({
		...line,
		ts: `${new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10)} 10:00:00`
	})),
	{ maxLength: 70, size: 'max' }
);

const arbParams = fc.record({
	maxLagDays: fc.integer({ min: 1, max: 60 }),
	minCustomers: fc.integer({ min: 1, max: 3 }),
	limit: fc.integer({ min: 1, max: 30 }),
	binDays: fc.integer({ min: 1, max: 10 })
});

describe.each(ENGINES)('sequences on %s', (_name, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
	}, 60_000);
	afterAll(() => engine?.close());

	it('finds the same pairs, lags, windows and histograms as a plain reference', async () => {
		await fc.assert(
			fc.asyncProperty(arbLines, arbParams, async (lines, params) => {
				await loadBasketLines(engine, lines);
				const ref = refPairs(lines, SNAPSHOT, params.maxLagDays, params.minCustomers);
				const got = await sequences(engine, { ...params, snapshot: SNAPSHOT });
				expect(got.pair_count).toBe(ref.length);
				const top = ref.slice(0, params.limit);
				expect(got.pairs.map((p) => `${p.antecedent_key}→${p.consequent_key}`)).toEqual(
					top.map((p) => `${p.a}→${p.b}`)
				);
				got.pairs.forEach((p, i) => {
					const r = top[i];
					expect(p.customers_a).toBe(r.customers_a);
					expect(p.customers_then_b).toBe(r.customers_then_b);
					for (const m of ['share', 'baseline', 'lift', 'median_lag', 'mean_lag'] as const)
						expect(p[m]).toBeCloseTo(r[m], 9);
					for (const m of ['p10_lag', 'p90_lag'] as const) expect(p[m]).toBeCloseTo(r[m], 9);
					if (r.sd_lag === null) expect(p.sd_lag).toBeNull();
					else expect(p.sd_lag).toBeCloseTo(r.sd_lag, 9);
					if (r.repeat_median === null) expect(p.repeat_median).toBeNull();
					else expect(p.repeat_median).toBeCloseTo(r.repeat_median, 9);
					const bins = got.bins.filter((b) => b.antecedent_key === r.a && b.consequent_key === r.b);
					expect(bins.reduce((s, b) => s + b.customers, 0)).toBe(r.customers_then_b);
					for (const b of bins)
						expect(b.customers).toBe(r.lags.filter((l) => l >= b.from_day && l <= b.to_day).length);
				});
			}),
			{ numRuns: 20 }
		);
	}, 120_000);

	it('lists the customers inside the usual window, with the reference windows', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbLines,
				fc.constantFrom('P1', 'P2', 'P3'),
				fc.constantFrom('P2', 'P3', 'P4'),
				fc.integer({ min: 1, max: 2 }),
				async (lines, a, b, minCustomers) => {
					fc.pre(a !== b);
					await loadBasketLines(engine, lines);
					const got = await replenishment(engine, {
						antecedent: a,
						consequent: b,
						snapshot: SNAPSHOT,
						maxLagDays: 60,
						minCustomers
					});
					const pair = refPairs(lines, SNAPSHOT, 60, 1).find((p) => p.a === a && p.b === b);
					if (pair && pair.customers_then_b >= minCustomers) {
						expect(got.first).toEqual({
							observations: pair.customers_then_b,
							median: pair.median_lag,
							from_day: Math.floor(pair.p10_lag + 1e-9),
							to_day: Math.ceil(pair.p90_lag - 1e-9)
						});
					} else expect(got.first).toBeNull();
					const gaps = refGaps(refDays(lines, SNAPSHOT), b);
					if (gaps.length >= minCustomers)
						expect(got.repeat).toEqual({
							observations: gaps.length,
							median: median(gaps),
							from_day: Math.floor(quantile7(gaps, 0.1) + 1e-9),
							to_day: Math.ceil(quantile7(gaps, 0.9) - 1e-9)
						});
					else expect(got.repeat).toBeNull();
					const due = refDue(lines, SNAPSHOT, a, b, got.first, got.repeat);
					expect(
						new Map(got.customers.map((c) => [c.customer_id, [c.trigger, c.days_since]]))
					).toEqual(due);
					for (const c of got.customers) {
						const w = (c.trigger === 'first' ? got.first : got.repeat)!;
						expect(c.days_left).toBe(w.to_day - c.days_since);
						expect(c.action).toContain(c.trigger === 'first' ? 'Offer' : 'Remind');
					}
				}
			),
			{ numRuns: 20 }
		);
	}, 120_000);

	it('leaves churned customers off the due list unless asked', async () => {
		const line = (customer: string, day: string, product: string): BasketLine => ({
			invoice_id: null,
			customer_id: customer,
			ts: `${day} 10:00:00`,
			product_id: product,
			product_name: product,
			category: null,
			is_return: false,
			is_product: true
		});
		// c1 and c2 bought A then B 10 days later; c3 bought A 10 days before the snapshot.
		await loadBasketLines(engine, [
			line('c1', '2024-01-01', 'A'),
			line('c1', '2024-01-11', 'B'),
			line('c2', '2024-02-01', 'A'),
			line('c2', '2024-02-11', 'B'),
			line('c3', '2024-03-05', 'A')
		]);
		const params = { antecedent: 'A', consequent: 'B', snapshot: SNAPSHOT, minCustomers: 2 };
		const due = await replenishment(engine, params);
		expect(due.first).toEqual({ observations: 2, median: 10, from_day: 10, to_day: 10 });
		expect(due.customers).toMatchObject([
			{ customer_id: 'c3', trigger: 'first', days_since: 10, days_left: 0, due_by: SNAPSHOT }
		]);
		await engine.exec(`UPDATE customers SET churned = TRUE WHERE customer_id = 'c3'`);
		expect((await replenishment(engine, params)).customers).toEqual([]);
		expect(
			(await replenishment(engine, { ...params, includeChurned: true })).customers
		).toHaveLength(1);
	});
});
