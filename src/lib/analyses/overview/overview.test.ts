import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import {
	arbLines,
	byId,
	descending,
	ENGINES,
	loadLines,
	refFacts,
	SNAPSHOT,
	valueLines,
	type Line
} from '$tests/helpers/pareto-data';
import { bothEnds } from './both-ends';
import { kpis, type KpiKey } from './kpis';

const CURRENT = ['2024-10-01', SNAPSHOT];
const PREVIOUS = ['2024-07-01', '2024-10-01'];

const within = (l: Line, [from, to]: string[]) => l.ts >= from && l.ts < to;
const invoiceKey = (l: Line) => l.invoice_id;

/** The overview's figures for one period, computed plainly from the lines. */
function referencePeriod(lines: readonly Line[], period: string[], other: string[]) {
	const inPeriod = lines.filter((l) => within(l, period));
	const sales = inPeriod.filter((l) => !l.is_return && l.customer_id !== null);
	const active = new Set(sales.map((l) => l.customer_id!));
	const firsts = new Map<string, string>();
	for (const l of lines.filter((l) => !l.is_return && l.customer_id !== null))
		if (!firsts.has(l.customer_id!) || l.ts < firsts.get(l.customer_id!)!)
			firsts.set(l.customer_id!, l.ts);
	const invoicesToDate = (id: string) =>
		new Set(
			lines.filter((l) => l.customer_id === id && !l.is_return && l.ts < period[1]).map(invoiceKey)
		).size;
	const revenueOf = (id: string) =>
		inPeriod.filter((l) => l.customer_id === id).reduce((s, l) => s + l.cents, 0);
	const ranked = descending(
		[...active].map((id) => ({ id, cents: revenueOf(id) })),
		(c) => c.cents
	);
	const total = ranked.reduce((s, c) => s + c.cents, 0);
	const top = ranked.slice(0, Math.ceil(ranked.length * 0.2)).reduce((s, c) => s + c.cents, 0);
	const otherActive = new Set(
		lines
			.filter((l) => within(l, other) && !l.is_return && l.customer_id !== null)
			.map((l) => l.customer_id!)
	);
	const revenue = inPeriod.reduce((s, l) => s + l.cents, 0) / 100;
	const invoices = new Set(inPeriod.filter((l) => !l.is_return).map(invoiceKey)).size;
	return {
		revenue,
		active_customers: active.size,
		new_customers: [...firsts.values()].filter((ts) => ts >= period[0] && ts < period[1]).length,
		repeat_rate: active.size
			? [...active].filter((id) => invoicesToDate(id) >= 2).length / active.size
			: null,
		top20_share: total ? top / total : null,
		lapsed: [...otherActive].filter((id) => !active.has(id)).length,
		average_order: invoices ? revenue / invoices : null
	};
}

function closeOrNull(got: number | null, want: number | null, what: string) {
	if (want === null) expect(got, what).toBeNull();
	else expect(got, what).toBeCloseTo(want, 6);
}

const days = (a: string, b: string) =>
	(Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / 86_400_000;

describe.each(ENGINES)('overview on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it('matches a plain computation of every headline figure, current and previous period', async () => {
		await fc.assert(
			fc.asyncProperty(arbLines, async (lines) => {
				await loadLines(engine, lines);
				const result = await kpis(engine, { period: 'quarter', snapshot: SNAPSHOT });
				expect(result).toMatchObject({
					period_start: CURRENT[0],
					previous_start: PREVIOUS[0],
					churn_basis: 'lapsed'
				});
				const current = referencePeriod(lines, CURRENT, PREVIOUS);
				const previous = referencePeriod(lines, PREVIOUS, ['2024-04-01', '2024-07-01']);
				const value = (key: KpiKey) => result!.kpis.find((k) => k.key === key)!;
				for (const key of [
					'revenue',
					'active_customers',
					'new_customers',
					'repeat_rate',
					'top20_share',
					'average_order'
				] as const) {
					closeOrNull(value(key).current, current[key], `current ${key}`);
					closeOrNull(value(key).previous, previous[key], `previous ${key}`);
				}
				expect(value('churned').current).toBe(current.lapsed);
			}),
			{ numRuns: 25 }
		);
	});

	it('has no periods to compare when no transactions are loaded', async () => {
		await loadLines(engine, []);
		expect(await kpis(engine)).toBeNull();
	});

	it('lists both ends: the top by value, and valuable customers silent past their own rhythm', async () => {
		await fc.assert(
			fc.asyncProperty(arbLines, async (lines) => {
				await loadLines(engine, lines);
				const facts = refFacts(lines);
				const sales = valueLines(lines).filter((l) => !l.is_return);
				const span = (id: string) => {
					const ts = sales
						.filter((l) => l.customer_id === id)
						.map((l) => l.ts)
						.sort();
					return { first: ts[0], last: ts[ts.length - 1] };
				};
				const ranked = descending(facts, (f) => f.cents);
				const valuable = ranked.slice(0, Math.ceil(ranked.length * 0.2));
				const atRisk = valuable.filter((f) => {
					if (f.frequency < 2) return false;
					const { first, last } = span(f.id);
					const gap = Math.round((days(first, last) / (f.frequency - 1)) * 10) / 10;
					return days(last, SNAPSHOT) > Math.max(2 * gap, 30);
				});
				const { top, atRisk: got } = await bothEnds(engine, { snapshot: SNAPSHOT, limit: 100 });
				expect(top.map((c) => c.customer_id)).toEqual(ranked.map((f) => f.id));
				expect(got.map((c) => c.customer_id)).toEqual(atRisk.map((f) => f.id));
				for (const c of got) expect(c.total).toBe(atRisk.length);
			}),
			{ numRuns: 25 }
		);
	});

	it('orders ties by customer id', async () => {
		const line = (id: string, cents: number): Line => ({
			invoice_id: `i-${id}`,
			customer_id: id,
			ts: '2024-12-01 10:00:00',
			product_id: 'p',
			cents,
			cost_cents: null,
			is_return: false,
			is_product: true
		});
		await loadLines(engine, [line('b', 500), line('a', 500), line('c', 900)]);
		const { top } = await bothEnds(engine, { snapshot: SNAPSHOT });
		expect(top.map((c) => c.customer_id)).toEqual(
			['c', 'a', 'b'].sort((x, y) => (x === 'c' ? -1 : y === 'c' ? 1 : byId(x, y)))
		);
	});
});
