import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ENGINES, SNAPSHOT } from '$tests/helpers/pareto-data';
import { shiftDate } from '../rfm/migration';
import { DAYS_PER_MONTH } from './definition';
import { refChurnCustomers } from '$tests/reference/churn';
import {
	addAttributeColumns,
	arbDataset,
	arbDefinition,
	count,
	loadDataset
} from '$tests/helpers/churn-data';
import { churnByMonth, survivalCurves, tenureAtChurn } from './timing';

const monthStart = (day: string) => `${day.slice(0, 7)}-01`;
const nextMonth = (month: string) => `${shiftDate(month, 40).slice(0, 7)}-01`;

describe.each(ENGINES)('churn timing on %s', (_, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
		await addAttributeColumns(engine);
	});
	afterAll(() => engine.close());

	it('gives the reference durations, tenure at churn and churn by month', async () => {
		await fc.assert(
			fc.asyncProperty(arbDataset, arbDefinition, async ({ lines, customers }, define) => {
				const definition = define(lines);
				await loadDataset(engine, lines, customers);
				const params = { definition, snapshot: SNAPSHOT };
				const ref = refChurnCustomers(lines, customers, definition).filter((c) => c.eligible);
				const timed = ref.filter((c) => c.tenure_days !== null && c.tenure_days >= 0);

				const [curve] = await survivalCurves(engine, params);
				expect(curve?.customers ?? 0).toBe(timed.length);
				expect(curve?.churned ?? 0).toBe(timed.filter((c) => c.churned).length);
				const points = Object.fromEntries(
					(curve?.points ?? []).map((p) => [p.time, [p.events, p.censored]])
				);
				const expected: Record<string, number[]> = {};
				for (const c of timed) {
					const slot = (expected[c.tenure_days!] ??= [0, 0]);
					slot[c.churned ? 0 : 1]++;
				}
				expect(points).toEqual(expected);

				const tenure = await tenureAtChurn(engine, params);
				expect(Object.fromEntries(tenure.map((t) => [t.months, t.churned]))).toEqual(
					count(
						timed.filter((c) => c.churned),
						(c) => String(Math.floor(c.tenure_days! / DAYS_PER_MONTH))
					)
				);

				const months = await churnByMonth(engine, params);
				const churnedDays = ref.filter((c) => c.churned && c.churn_day).map((c) => c.churn_day!);
				const cutoff =
					definition.kind === 'inactive' ? shiftDate(SNAPSHOT, -definition.days) : SNAPSHOT;
				const expectedMonths: string[] = [];
				if (churnedDays.length)
					for (let m = monthStart(churnedDays.sort()[0]); nextMonth(m) <= cutoff; m = nextMonth(m))
						expectedMonths.push(m);
				expect(months.map((m) => `${m.month}-01`)).toEqual(expectedMonths);
				for (const m of months) {
					const start = `${m.month}-01`;
					const end = nextMonth(start);
					expect(m.churned).toBe(churnedDays.filter((d) => d >= start && d < end).length);
					const present = ref.filter(
						(c) =>
							c.start_day !== null && c.start_day < start && (!c.churned || c.churn_day! >= start)
					);
					expect(m.customers_at_start).toBe(present.length);
				}
			}),
			{ numRuns: 15 }
		);
	});
});
