import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { arbLines, ENGINES, loadLines, type Line } from '$tests/helpers/pareto-data';
import { daysBetween } from '$tests/reference/churn';
import { fitClv, grouped, scoreCustomers, valuableButLeaving } from './clv';
import { customerSummaries, repeatDays, resolvePeriods } from './clv-data';

const CALIBRATION_END = '2024-09-30';
const HOLDOUT_END = '2024-12-31';

/** Purchase days (sales lines) with their summed cents, per customer. */
function reference(lines: readonly Line[]) {
	const by = new Map<string, Map<string, number>>();
	for (const l of lines) {
		if (l.customer_id === null || l.is_return) continue;
		const days = by.get(l.customer_id) ?? new Map<string, number>();
		const day = l.ts.slice(0, 10);
		days.set(day, (days.get(day) ?? 0) + l.cents);
		by.set(l.customer_id, days);
	}
	return [...by].flatMap(([id, days]) => {
		const calibration = [...days.keys()].filter((d) => d <= CALIBRATION_END).sort();
		if (!calibration.length) return [];
		const x = calibration.length - 1;
		const repeatCents = calibration.slice(1).reduce((s, d) => s + days.get(d)!, 0);
		return [
			{
				customer_id: id,
				x,
				t_x_days: daysBetween(calibration[0], calibration[x]),
				t_days: daysBetween(calibration[0], CALIBRATION_END),
				m: x > 0 ? repeatCents / 100 / x : null,
				holdout_purchases: [...days.keys()].filter((d) => d > CALIBRATION_END && d <= HOLDOUT_END)
					.length
			}
		];
	});
}

describe.each(ENGINES)('clv data on %s', (_, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
	});
	afterAll(() => engine.close());

	it('summarises customers by purchase days like the plain reference', async () => {
		await fc.assert(
			fc.asyncProperty(arbLines, async (lines) => {
				await loadLines(engine, lines);
				const periods = await resolvePeriods(engine, CALIBRATION_END, HOLDOUT_END);
				if (!periods) {
					expect(lines.filter((l) => l.customer_id && !l.is_return)).toEqual([]);
					return;
				}
				const rows = await customerSummaries(engine, periods);
				const expected = reference(lines).sort((a, b) => (a.customer_id < b.customer_id ? -1 : 1));
				expect(
					rows.map(({ name: _, first_day: __, monetary: ___, m, ...r }) => ({ ...r, m }))
				).toEqual(
					expected.map(({ m, ...r }) => ({ ...r, m: m === null ? null : expect.closeTo(m, 9) }))
				);
				const repeats = await repeatDays(engine, periods);
				const total = repeats.reduce((s, r) => s + r.purchases, 0);
				expect(total).toBe(expected.reduce((s, c) => s + c.x + c.holdout_purchases, 0));
			}),
			{ numRuns: 15 }
		);
	});

	it('fits and scores whatever the data, with probabilities in range', async () => {
		await fc.assert(
			fc.asyncProperty(arbLines, async (lines) => {
				await loadLines(engine, lines);
				const model = await fitClv(engine, { calibrationEnd: CALIBRATION_END, timeUnit: 'week' });
				if (!model) return;
				const scores = scoreCustomers(model, { horizonMonths: 6 });
				expect(scores).toHaveLength(model.customers.length);
				for (const s of scores) {
					expect(s.p_alive).toBeGreaterThanOrEqual(0);
					expect(s.p_alive).toBeLessThanOrEqual(1);
					expect(s.expected_purchases).toBeGreaterThanOrEqual(0);
				}
				for (const v of valuableButLeaving(scores, 0.5, 0.9)) expect(v.p_alive).toBeLessThan(0.9);
			}),
			{ numRuns: 10 }
		);
	});
});

describe('grouped', () => {
	it('merges identical histories and keeps the count', () => {
		const rows = grouped([
			{ x: 1, t_x: 2, T: 5 },
			{ x: 1, t_x: 2, T: 5 },
			{ x: 0, t_x: 0, T: 5 }
		]);
		expect(rows).toEqual([
			{ x: 1, t_x: 2, T: 5, count: 2 },
			{ x: 0, t_x: 0, T: 5, count: 1 }
		]);
	});
});
