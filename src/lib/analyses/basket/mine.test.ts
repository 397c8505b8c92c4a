import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ENGINES } from '$tests/helpers/pareto-data';
import { basketAnalysis, frequentItemsets } from './analysis';
import type { BasketUnit, ItemLevel } from './baskets';
import { refMine, refRules } from '$tests/reference/basket';
import { BasketLimitError, minCountFor } from './mine';
import type { RuleMeasure } from './rules';
import { arbBasketLines, itemLabel, loadBasketLines, refBaskets } from '$tests/helpers/baskets';

const sorted = <T>(xs: T[], k: (x: T) => string) =>
	[...xs].sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));

const arbParams = fc.record({
	basket: fc.constantFrom<BasketUnit>('invoice', 'customer-day'),
	item: fc.constantFrom<ItemLevel>('product', 'category'),
	minSupport: fc.oneof(
		fc.constantFrom(0.05, 0.1, 0.2, 0.25, 1 / 3),
		fc.double({ min: 0.01, max: 1, noNaN: true })
	),
	minCount: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
	maxLen: fc.integer({ min: 1, max: 6 }),
	maxBasketSize: fc.constantFrom(3, 5, 500)
});

describe('minCountFor', () => {
	it('is the smallest count whose share reaches the support, despite float rounding', () => {
		expect(minCountFor(0.01, 9835)).toBe(99);
		expect(minCountFor(0.03, 100)).toBe(3);
		fc.assert(
			fc.property(
				fc.double({ min: 1e-6, max: 1, noNaN: true }),
				fc.integer({ min: 1, max: 10_000_000 }),
				(s, n) => {
					const c = minCountFor(s, n);
					return c / n >= s && (c === 1 || (c - 1) / n < s);
				}
			)
		);
	});
});

describe.each(ENGINES)('basket mining on %s', (_name, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
	}, 60_000);
	afterAll(() => engine?.close());

	it('finds exactly the itemsets and counts of a brute-force miner, sales only when priced', async () => {
		await fc.assert(
			fc.asyncProperty(arbBasketLines(), arbParams, fc.boolean(), async (lines, params, money) => {
				await loadBasketLines(engine, lines, money);
				const baskets = refBaskets(lines, params.basket, params.item, undefined, money);
				const ref = refMine(baskets, params);
				const { mined, itemsets } = await frequentItemsets(engine, params);
				expect(mined.baskets).toBe(ref.baskets);
				expect(mined.oversized_baskets).toBe(ref.oversized);
				const everyBasket = refBaskets(lines, params.basket, params.item, undefined, false);
				expect(mined.non_sale_baskets).toBe(everyBasket.size - baskets.size);
				expect(mined.itemsets).toBe(ref.itemsets.length);
				const got = sorted(
					itemsets.map((s) => ({ items: s.keys, count: s.count })),
					(s) => JSON.stringify(s.items)
				);
				expect(got).toEqual(sorted(ref.itemsets, (s) => JSON.stringify(s.items)));
				const bySize = Array.from(
					{ length: params.maxLen },
					(_, k) => ref.itemsets.filter((s) => s.items.length === k + 1).length
				);
				expect(mined.itemsets_by_size).toEqual(bySize);
			}),
			{ numRuns: 20 }
		);
	}, 120_000);

	it('derives the same rules and measures, with filters, pruning and multi-item consequents', async () => {
		const arbRules = fc.record({
			minConfidence: fc.constantFrom(0, 0.2, 0.5, 0.8, 1),
			minLift: fc.constantFrom(0, 1, 1.5),
			consequents: fc.constantFrom<'single' | 'multi'>('single', 'multi'),
			pruneRedundant: fc.boolean(),
			sort: fc.constantFrom<RuleMeasure>('lift', 'confidence', 'support', 'conviction', 'zhang'),
			withItem: fc.option(fc.constantFrom('P1', 'Bread', 'Fresh'), { nil: undefined })
		});
		await fc.assert(
			fc.asyncProperty(arbBasketLines(40, 5), arbParams, arbRules, async (lines, params, rule) => {
				await loadBasketLines(engine, lines);
				const ref = refMine(refBaskets(lines, params.basket, params.item), params);
				const { withItem, ...ruleParams } = rule;
				const result = await basketAnalysis(engine, {
					...params,
					...ruleParams,
					withItems: withItem ? [withItem] : undefined,
					limit: 100_000
				});
				const label = (i: string) => itemLabel(i, params.item);
				const expected = refRules(ref.itemsets, ref.baskets, rule.consequents).filter(
					(r) =>
						r.confidence >= rule.minConfidence &&
						r.lift >= rule.minLift &&
						!(rule.pruneRedundant && r.redundant) &&
						(!withItem ||
							[...r.antecedent, ...r.consequent].some(
								(i) => i === withItem || label(i) === withItem
							))
				);
				expect(result.rules).toBe(expected.length);
				expect(result.top_rules).toHaveLength(expected.length);
				const got = new Map(
					result.top_rules.map((r) => [
						`${r.antecedent_keys.join(',')}=>${r.consequent_keys.join(',')}`,
						r
					])
				);
				for (const r of expected) {
					const g = got.get(`${r.antecedent.join(',')}=>${r.consequent.join(',')}`);
					expect(g).toBeDefined();
					expect(g!.count).toBe(r.count);
					expect(g!.antecedent_count).toBe(r.antecedent_count);
					expect(g!.consequent_count).toBe(r.consequent_count);
					for (const m of ['support', 'confidence', 'lift', 'leverage'] as const)
						expect(g![m]).toBeCloseTo(r[m], 12);
					for (const m of ['conviction', 'zhang'] as const)
						if (r[m] === null) expect(g![m]).toBeNull();
						else expect(g![m]).toBeCloseTo(r[m]!, 10);
				}
				const nullsLast = rule.sort === 'zhang';
				for (let i = 1; i < result.top_rules.length; i++) {
					const [a, b] = [result.top_rules[i - 1][rule.sort], result.top_rules[i][rule.sort]];
					if (a === null || b === null) expect(nullsLast ? b === null : a === null).toBe(true);
					else expect(a).toBeGreaterThanOrEqual(b);
				}
			}),
			{ numRuns: 15 }
		);
	}, 120_000);

	it('mines baskets of one segment (a customers column)', async () => {
		await fc.assert(
			fc.asyncProperty(
				arbBasketLines(),
				fc.constantFrom('North', 'South'),
				async (lines, region) => {
					await loadBasketLines(engine, lines);
					const ref = refMine(refBaskets(lines, 'invoice', 'product', region), {
						minSupport: 0.1,
						maxLen: 3
					});
					const { mined } = await frequentItemsets(engine, {
						basket: 'invoice',
						minSupport: 0.1,
						maxLen: 3,
						segment: { by: { kind: 'attribute', column: 'region' }, value: region }
					});
					expect(mined.baskets).toBe(ref.baskets);
					expect(mined.itemsets).toBe(ref.itemsets.length);
				}
			),
			{ numRuns: 8 }
		);
	}, 60_000);

	it('stops with a clear message past the item and itemset caps, leaving no temp tables', async () => {
		const lines = Array.from({ length: 8 }, (_, i) => ({
			invoice_id: 'I1',
			customer_id: 'c1',
			ts: '2024-03-01 10:00:00',
			product_id: `P${i}`,
			product_name: `Product ${i}`,
			category: 'Fresh',
			is_return: false,
			is_product: true
		}));
		await loadBasketLines(engine, lines);
		await expect(frequentItemsets(engine, { maxItems: 5, minSupport: 1 })).rejects.toThrow(
			/8 items reach the minimum support, more than the limit of 5: raise the minimum support/
		);
		await expect(
			frequentItemsets(engine, { maxItemsets: 30, minSupport: 1, maxLen: 4 })
		).rejects.toBeInstanceOf(BasketLimitError);
		const left = await engine.query(
			"SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'basket_run_%'"
		);
		expect(left.rows<{ n: number }>()[0].n).toBe(0);
	});

	it('reports progress level by level and honours an abort between levels', async () => {
		await loadBasketLines(
			engine,
			['P1', 'P2', 'P3'].map((p) => ({
				invoice_id: 'I1',
				customer_id: 'c1',
				ts: '2024-03-01 10:00:00',
				product_id: p,
				product_name: p,
				category: 'Fresh',
				is_return: false,
				is_product: true
			}))
		);
		const phases: string[] = [];
		const fractions: number[] = [];
		await frequentItemsets(
			engine,
			{ maxLen: 3, minSupport: 1 },
			{ onProgress: (p) => (phases.push(`${p.phase} ${p.size}`), fractions.push(p.fraction)) }
		);
		expect(phases).toContain('counting 3');
		expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
		const controller = new AbortController();
		const run = frequentItemsets(
			engine,
			{ maxLen: 3, minSupport: 1 },
			{
				signal: controller.signal,
				onProgress: (p) => p.phase === 'counting' && p.size === 2 && controller.abort()
			}
		);
		await expect(run).rejects.toThrow(/abort/i);
		const left = await engine.query(
			"SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE 'basket_run_%'"
		);
		expect(left.rows<{ n: number }>()[0].n).toBe(0);
	});
});
