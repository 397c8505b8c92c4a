import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { arbLines, ENGINES, loadLines, SNAPSHOT, type Line } from '$tests/helpers/pareto-data';
import { buildCohorts, cohorts } from './cohorts';

const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

/** Per customer: first sales month; per cohort and month number: buyers and net cents. */
function reference(lines: readonly Line[]) {
	const value = lines.filter((l) => l.customer_id !== null && l.ts < SNAPSHOT);
	const first = new Map<string, string>();
	for (const l of value)
		if (!l.is_return && (!first.has(l.customer_id!) || l.ts < first.get(l.customer_id!)!))
			first.set(l.customer_id!, l.ts);
	const cells = new Map<string, { buyers: Set<string>; cents: number }>();
	for (const l of value) {
		const start = first.get(l.customer_id!);
		if (!start) continue;
		const key = `${start.slice(0, 7)}|${monthIndex(l.ts) - monthIndex(start)}`;
		const cell = cells.get(key) ?? { buyers: new Set(), cents: 0 };
		if (!l.is_return) cell.buyers.add(l.customer_id!);
		cell.cents += l.cents;
		cells.set(key, cell);
	}
	const sizes = new Map<string, number>();
	for (const ts of first.values()) sizes.set(ts.slice(0, 7), (sizes.get(ts.slice(0, 7)) ?? 0) + 1);
	return { cells, sizes };
}

describe.each(ENGINES)('cohorts on %s', (_, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
	});
	afterAll(() => engine.close());

	it('follows each acquisition month like the plain reference', async () => {
		await fc.assert(
			fc.asyncProperty(arbLines, async (lines) => {
				await loadLines(engine, lines);
				const result = await cohorts(engine, { snapshot: SNAPSHOT });
				const { cells, sizes } = reference(lines);
				expect(Object.fromEntries(result.cohorts.map((c) => [c.cohort, c.customers]))).toEqual(
					Object.fromEntries(sizes)
				);
				for (const c of result.cohorts) {
					// Every month up to the one before the snapshot's is complete.
					expect(c.months).toHaveLength(monthIndex(SNAPSHOT) - monthIndex(`${c.cohort}-01`));
					for (const m of c.months) {
						const cell = cells.get(`${c.cohort}|${m.month}`);
						expect(m.active).toBe(cell?.buyers.size ?? 0);
						expect(Math.round(m.revenue * 100)).toBe(cell?.cents ?? 0);
						expect(m.retention).toBeCloseTo(m.active / c.customers, 12);
					}
					expect(c.months[0].retention).toBe(1);
				}
				const total = result.cohorts.reduce((s, c) => s + c.customers, 0);
				if (total) expect(result.average[0]).toMatchObject({ retention: 1, customers: total });
			}),
			{ numRuns: 15 }
		);
	});
});

describe('buildCohorts', () => {
	const row = (cohort: string, month: number, active: number, revenue: number) => ({
		cohort,
		customers: 10,
		month,
		active,
		revenue,
		snapshot_date: '2024-03-15'
	});

	it('stops at the last complete month and weights the average by cohort size', () => {
		// Snapshot 2024-03-15: February is the last complete month.
		const result = buildCohorts(
			[row('2024-01', 0, 10, 100), row('2024-01', 1, 4, 50), row('2024-02', 0, 10, 200)],
			'2024-03-15'
		);
		expect(result.cohorts.map((c) => c.months.length)).toEqual([2, 1]);
		expect(result.cohorts[0].months[1]).toMatchObject({
			active: 4,
			retention: 0.4,
			revenue_retention: 0.5
		});
		expect(result.average.map((a) => [a.month, a.cohorts, a.retention])).toEqual([
			[0, 2, 1],
			[1, 1, 0.4]
		]);
		expect(result.first_month).toBe('2024-01');
	});

	it('fills months without purchases with zeros', () => {
		const result = buildCohorts([row('2023-11', 0, 10, 80), row('2023-11', 3, 2, 8)], '2024-03-01');
		expect(result.cohorts[0].months.map((m) => m.active)).toEqual([10, 0, 0, 2]);
		expect(result.cohorts[0].months[3].revenue_retention).toBeCloseTo(0.1, 12);
	});
});
