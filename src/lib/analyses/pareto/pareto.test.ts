import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import type { ReturnsMode } from '../value/customer-facts';
import { abc, abcCustomers, abcCustomersSql, abcSql, type AbcClass, type AbcParams } from './abc';
import { run, type BoundSql } from './curve';
import {
	lorenzSql,
	pareto,
	paretoBinsSql,
	paretoPointsSql,
	paretoSummarySql,
	type ParetoSummary
} from './pareto';
import {
	arbLines,
	descending,
	ENGINES,
	loadLines,
	refFacts,
	SNAPSHOT,
	type Line,
	type RefFacts
} from '$tests/helpers/pareto-data';

/** The reference: plain TypeScript over exact cents. */
function refPareto(facts: RefFacts[]) {
	const sorted = descending(facts, (f) => f.cents);
	const n = sorted.length;
	const total = sorted.reduce((s, f) => s + f.cents, 0);
	let cum = 0;
	let k80: number | null = null;
	let top20 = 0;
	sorted.forEach((f, i) => {
		cum += f.cents;
		if (k80 === null && cum * 10 >= total * 8) k80 = i + 1;
		if (i + 1 <= Math.ceil(n / 5)) top20 += f.cents;
	});
	const clipped = sorted.map((f) => Math.max(f.cents, 0)).sort((a, b) => a - b);
	const clippedTotal = clipped.reduce((s, x) => s + x, 0);
	const weighted = clipped.reduce((s, x, i) => s + (i + 1) * x, 0);
	return {
		customers: n,
		revenue: total / 100,
		share_customers_80: total > 0 ? k80! / n : null,
		top_20_share: total > 0 ? top20 / total : null,
		gini: clippedTotal > 0 ? (2 * weighted) / (n * clippedTotal) - (n + 1) / n : null
	};
}

function refAbc(facts: RefFacts[], { mode = 'fixed', a = 0.8, b = 0.95 }: AbcParams) {
	const sorted = descending(facts, (f) => f.cents);
	const total = sorted.reduce((s, f) => s + f.cents, 0);
	const positive = sorted.filter((f) => f.cents > 0);
	const posTotal = positive.reduce((s, f) => s + f.cents, 0);
	let paretoRank = 0;
	let best = Infinity;
	let cum = 0;
	positive.forEach((f, i) => {
		cum += f.cents;
		const x = (i + 1) / positive.length;
		const y = cum / posTotal;
		const d = x * x + (1 - y) * (1 - y);
		if (d < best) [best, paretoRank] = [d, i + 1];
	});
	const classes = new Map<string, AbcClass>();
	let before = 0;
	sorted.forEach((f, i) => {
		let c: AbcClass;
		if (f.cents <= 0) c = 'D';
		else if (mode === 'computed')
			c = i + 1 <= paretoRank ? 'A' : f.cents * positive.length >= posTotal ? 'B' : 'C';
		else if (before * 10_000 < Math.round(a * 10_000) * total) c = 'A';
		else if (before * 10_000 < Math.round(b * 10_000) * total) c = 'B';
		else c = 'C';
		classes.set(f.id, c);
		before += f.cents;
	});
	return classes;
}

const arbAbc = fc.oneof(
	fc.constant<AbcParams>({ mode: 'computed' }),
	fc
		.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
		.map(([x, y]): AbcParams => ({
			mode: 'fixed',
			a: Math.min(x, y) / 100,
			b: Math.max(x, y) / 100
		}))
);

async function explains(engine: Engine, bound: BoundSql) {
	await expect(engine.query(`EXPLAIN ${bound.sql}`, bound.params)).resolves.toBeDefined();
}

describe.each(ENGINES)('pareto on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it('every generated statement passes EXPLAIN', async () => {
		await loadLines(engine, []);
		const variants = [{}, { returns: 'exclude' as const, snapshot: SNAPSHOT, maxPoints: 10 }];
		for (const p of variants)
			for (const build of [paretoSummarySql, paretoPointsSql, lorenzSql, paretoBinsSql])
				await explains(engine, build(p));
		for (const p of [
			{},
			{ mode: 'computed' as const },
			{ a: 0.5, b: 0.9, returns: 'exclude' as const }
		]) {
			await explains(engine, abcSql(p));
			await explains(engine, abcCustomersSql(p));
		}
	});

	it('matches the reference on generated data (share_80, Gini, ABC)', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbLines,
				fc.constantFrom<ReturnsMode>('net', 'exclude'),
				arbAbc,
				async (lines: Line[], returns, abcParams) => {
					await loadLines(engine, lines);
					const facts = refFacts(lines, returns);
					const ref = refPareto(facts);
					const [got] = await run<ParetoSummary>(
						engine,
						paretoSummarySql({ snapshot: SNAPSHOT, returns })
					);
					expect(got.customers).toBe(ref.customers);
					expect(got.revenue).toBeCloseTo(ref.revenue, 6);
					expect(got.share_customers_80).toBe(ref.share_customers_80);
					for (const key of ['top_20_share', 'gini'] as const) {
						if (ref[key] === null) expect(got[key]).toBeNull();
						else expect(got[key]).toBeCloseTo(ref[key]!, 9);
					}
					const params = { ...abcParams, snapshot: SNAPSHOT, returns };
					const classes = await abcCustomers(engine, params);
					expect(new Map(classes.map((c) => [c.customer_id, c.class]))).toEqual(
						refAbc(facts, params)
					);
					const summary = await abc(engine, params);
					expect(summary.classes.map((c) => c.customers)).toEqual(
						(['A', 'B', 'C', 'D'] as const).map((k) => classes.filter((c) => c.class === k).length)
					);
				}
			),
			{ numRuns: 25 }
		);
	});

	it('keeps curves short but exact at the ends', async () => {
		const lines: Line[] = Array.from({ length: 1200 }, (_, i) => ({
			invoice_id: `I${i}`,
			customer_id: `c${String(i).padStart(4, '0')}`,
			ts: '2024-06-01 10:00:00',
			product_id: 'P1',
			cents: 100 + ((i * 7919) % 5000),
			cost_cents: null,
			is_return: false,
			is_product: true
		}));
		await loadLines(engine, lines);
		const result = await pareto(engine, { snapshot: SNAPSHOT, maxPoints: 50, maxBins: 40 });
		expect(result.points.length).toBeLessThanOrEqual(50);
		expect(result.lorenz.length).toBeLessThanOrEqual(50);
		expect(result.points.at(0)?.rank).toBe(1);
		expect(result.points.at(-1)).toMatchObject({ rank: 1200, cumulative_share: 1 });
		expect(result.points.map((p) => p.rank)).toContain(
			Math.round(result.share_customers_80! * 1200)
		);
		expect(result.lorenz.at(-1)).toEqual({ customer_share: 1, revenue_share: 1 });
		expect(result.bins).toHaveLength(40);
		expect(result.bins.reduce((s, b) => s + b.customers, 0)).toBe(1200);
	});
});
