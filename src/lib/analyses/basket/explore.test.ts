import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ENGINES } from '$tests/helpers/pareto-data';
import { frequentItemsets } from './analysis';
import { alsoBought, cooccurrence, ruleAcrossSegments, topItems } from './explore';
import { arbBasketLines, loadBasketLines, refBaskets, REGIONS } from '$tests/helpers/baskets';

const count = (baskets: Set<string>[], items: string[]) =>
	baskets.filter((b) => items.every((i) => b.has(i))).length;

describe.each(ENGINES)('basket exploration on %s', (_name, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
	}, 60_000);
	afterAll(() => engine?.close());

	it('counts items, "also bought", co-occurrence and a rule per segment like the reference', async () => {
		await fc.assert(
			fc.asyncProperty(arbBasketLines(), fc.constantFrom(3, 500), async (lines, cap) => {
				await loadBasketLines(engine, lines);
				const params = { basket: 'invoice' as const, maxBasketSize: cap };
				const all = [...refBaskets(lines, 'invoice').values()].filter((b) => b.size <= cap);
				const n = all.length;
				const items = await topItems(engine, params);
				for (const i of items) expect(i.baskets).toBe(count(all, [i.item]));
				expect(items.length).toBe(new Set(all.flatMap((b) => [...b])).size);

				const also = await alsoBought(engine, 'P1', params, 100);
				const nx = count(all, ['P1']);
				for (const a of also) {
					expect(a.count).toBe(count(all, ['P1', a.item]));
					expect(a.confidence).toBeCloseTo(a.count / nx, 12);
					expect(a.lift).toBeCloseTo((a.count * n) / (nx * count(all, [a.item])), 12);
				}
				expect(also.length).toBe(
					new Set(all.filter((b) => b.has('P1')).flatMap((b) => [...b].filter((i) => i !== 'P1')))
						.size
				);

				const heat = await cooccurrence(engine, params, 3);
				for (const p of heat.pairs) expect(p.count).toBe(count(all, [p.x, p.y]));
				const keys = heat.items.map((i) => i.item);
				const expectedPairs = keys.flatMap((x) =>
					keys.filter((y) => y !== x && count(all, [x, y]) > 0)
				);
				expect(heat.pairs).toHaveLength(expectedPairs.length);

				const rows = await ruleAcrossSegments(
					engine,
					{ antecedent: ['P1'], consequent: ['P2'] },
					{ kind: 'attribute', column: 'region' },
					params
				);
				for (const region of new Set(Object.values(REGIONS))) {
					const seg = [...refBaskets(lines, 'invoice', 'product', region).values()].filter(
						(b) => b.size <= cap
					);
					const row = rows.find((r) => r.segment === region);
					if (!seg.length) {
						expect(row).toBeUndefined();
						continue;
					}
					expect(row).toMatchObject({
						baskets: seg.length,
						antecedent_count: count(seg, ['P1']),
						consequent_count: count(seg, ['P2']),
						count: count(seg, ['P1', 'P2'])
					});
				}
			}),
			{ numRuns: 15 }
		);
	}, 120_000);

	it('splits baskets by RFM segment, for comparisons and for mining within one', async () => {
		await fc.assert(
			fc.asyncProperty(arbBasketLines(), async (lines) => {
				await loadBasketLines(engine, lines);
				const baskets = refBaskets(lines, 'customer-day');
				const rows = await ruleAcrossSegments(
					engine,
					{ antecedent: ['P1'], consequent: ['P2'] },
					{ kind: 'rfm' },
					{ basket: 'customer-day' }
				);
				expect(rows.reduce((s, r) => s + r.baskets, 0)).toBe(baskets.size);
				for (const r of rows) {
					const { mined } = await frequentItemsets(engine, {
						basket: 'customer-day',
						minSupport: 0.5,
						segment: { by: { kind: 'rfm' }, value: r.segment }
					});
					expect(mined.baskets).toBe(r.baskets);
				}
			}),
			{ numRuns: 5 }
		);
	}, 60_000);
});
