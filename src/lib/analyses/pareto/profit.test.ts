import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import type { ReturnsMode } from '../value/customer-facts';
import {
	GROUPS,
	profitCurve,
	profitGroupsSql,
	profitItems,
	profitItemsSql,
	profitPointsSql,
	profitStatsSql,
	type ProfitGroup,
	type ProfitSubject
} from './profit';
import {
	arbLines,
	byId,
	descending,
	ENGINES,
	loadLines,
	refFacts,
	SNAPSHOT,
	type Line
} from '$tests/helpers/pareto-data';

interface RefItem {
	id: string;
	revenue: number;
	profit: number | null;
}

function refProducts(lines: readonly Line[], returns: ReturnsMode): RefItem[] {
	const by = new Map<string, Line[]>();
	for (const l of lines)
		if (l.is_product && l.ts < SNAPSHOT && (returns === 'net' || !l.is_return))
			by.set(l.product_id, [...(by.get(l.product_id) ?? []), l]);
	return [...by].map(([id, ls]) => {
		const revenue = ls.reduce((s, l) => s + l.cents, 0);
		const costed = ls.filter((l) => l.cost_cents !== null);
		const cost = costed.reduce((s, l) => s + l.cost_cents!, 0);
		return { id, revenue, profit: costed.length ? revenue - cost : null };
	});
}

/** The reference whale curve over exact cents. */
function refCurve(items: RefItem[], band: number) {
	const costed = descending(
		items.filter((i) => i.profit !== null),
		(i) => i.profit!
	);
	const total = costed.reduce((s, i) => s + i.profit!, 0);
	let cum = 0;
	let peak: { rank: number; cents: number } | null = null;
	costed.forEach((item, i) => {
		cum += item.profit!;
		if (!peak || cum > peak.cents) peak = { rank: i + 1, cents: cum };
	});
	const bp = Math.round(band * 10_000);
	const group = (i: RefItem): ProfitGroup =>
		i.profit! * 10_000 > bp * Math.max(i.revenue, 0)
			? 'makers'
			: i.profit! * 10_000 < -bp * Math.max(i.revenue, 0)
				? 'losers'
				: 'break_even';
	const p = peak as { rank: number; cents: number } | null;
	return {
		items: costed.length,
		items_without_cost: items.length - costed.length,
		total_profit: total / 100,
		peak_rank: p?.rank ?? null,
		peak_profit: p ? p.cents / 100 : null,
		peak_share: total > 0 && p ? p.cents / total : null,
		groups: Object.fromEntries(
			GROUPS.map((g) => {
				const members = costed.filter((i) => group(i) === g);
				const worstFirst = g === 'losers' ? 1 : -1;
				members.sort((a, b) => worstFirst * (a.profit! - b.profit!) || byId(a.id, b.id));
				return [g, members];
			})
		) as Record<ProfitGroup, RefItem[]>
	};
}

const SUBJECTS: ProfitSubject[] = ['customers', 'products'];

describe.each(ENGINES)('profit curve on %s', (_name, create) => {
	let engine: Engine;
	beforeAll(async () => (engine = await create()));
	afterAll(() => engine.close());

	it('every generated statement passes EXPLAIN', async () => {
		for (const subject of SUBJECTS)
			for (const p of [{}, { returns: 'exclude' as const, snapshot: SNAPSHOT, breakEven: 0 }])
				for (const bound of [
					profitStatsSql(subject, p),
					profitGroupsSql(subject, p),
					profitPointsSql(subject, p),
					profitItemsSql(subject, 'losers', p)
				])
					await expect(engine.query(`EXPLAIN ${bound.sql}`, bound.params)).resolves.toBeDefined();
	});

	it('matches the reference on generated data (peak, groups, lists)', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbLines,
				fc.constantFrom<ReturnsMode>('net', 'exclude'),
				fc.constantFrom(0, 0.02, 0.1),
				fc.constantFrom(...SUBJECTS),
				async (lines, returns, breakEven, subject) => {
					await loadLines(engine, lines);
					const items =
						subject === 'customers'
							? refFacts(lines, returns).map((f) => ({
									id: f.id,
									revenue: f.cents,
									profit: f.profit
								}))
							: refProducts(lines, returns);
					const ref = refCurve(items, breakEven);
					const params = { snapshot: SNAPSHOT, returns, breakEven };
					const got = await profitCurve(engine, subject, params);
					expect(got).toMatchObject({
						items: ref.items,
						items_without_cost: ref.items_without_cost,
						peak_rank: ref.peak_rank,
						peak_profit: ref.peak_profit
					});
					expect(got.total_profit).toBeCloseTo(ref.total_profit, 6);
					if (ref.peak_share === null) expect(got.peak_share).toBeNull();
					else expect(got.peak_share).toBeCloseTo(ref.peak_share, 9);
					expect(got.points.length).toBe(ref.items);
					for (const g of got.groups) {
						const members = ref.groups[g.group];
						expect(g.items).toBe(members.length);
						expect(g.profit).toBeCloseTo(members.reduce((s, i) => s + i.profit!, 0) / 100, 6);
						const list = await profitItems(engine, subject, g.group, params);
						expect(list.map((i) => i.id)).toEqual(members.map((i) => i.id));
					}
				}
			),
			{ numRuns: 25 }
		);
	});
});
