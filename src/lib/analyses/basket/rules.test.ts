import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { ENGINES } from '$tests/helpers/pareto-data';
import { basketAnalysis } from './analysis';
import { loadBasketText } from './baskets';
import { dropMined, mineItemsets } from './mine';
import { ruleCountSql, topRulesSql, RULE_MEASURES } from './rules';

// Five baskets, worked by hand: a, b, c in 3 baskets each; ab 2, ac 3, bc 2, abc 2; d once.
const TEXT = 'a,b,c\r\na,b,c\na,c\n\nb\nd\n';

const rule = (r: { antecedent: string[]; consequent: string[] }) =>
	`${r.antecedent.join('+')}=>${r.consequent.join('+')}`;

describe.each(ENGINES)('association rules on %s', (_name, open) => {
	let engine: Engine;
	beforeAll(async () => {
		engine = await open();
		expect(await loadBasketText(engine, TEXT, 'hand_baskets')).toEqual({ baskets: 5, rows: 10 });
	}, 60_000);
	afterAll(() => engine?.close());
	const table = 'hand_baskets';

	it('computes every measure as worked by hand', async () => {
		const r = await basketAnalysis(engine, { table, minSupport: 0.2, minConfidence: 0 });
		expect(r).toMatchObject({ baskets: 5, items: 4, itemsets_by_size: [4, 3, 1], rules: 9 });
		const ab = r.top_rules.find((x) => rule(x) === 'a=>b')!;
		expect(ab).toMatchObject({ count: 2, antecedent_count: 3, consequent_count: 3 });
		expect(ab.support).toBeCloseTo(0.4, 15);
		expect(ab.confidence).toBeCloseTo(2 / 3, 15);
		expect(ab.lift).toBeCloseTo(10 / 9, 15);
		expect(ab.leverage).toBeCloseTo(0.04, 15);
		expect(ab.conviction).toBeCloseTo(1.2, 14);
		expect(ab.zhang).toBeCloseTo(0.25, 15);
		const abc = r.top_rules.find((x) => rule(x) === 'a+b=>c')!;
		expect(abc.confidence).toBe(1);
		expect(abc.lift).toBeCloseTo(5 / 3, 15);
		expect(abc.leverage).toBeCloseTo(0.16, 15);
		expect(abc.conviction).toBeNull();
		expect(abc.zhang).toBeCloseTo(2 / 3, 15);
		expect(r.top_rules.slice(0, 4).map(rule)).toEqual(['a=>c', 'c=>a', 'a+b=>c', 'b+c=>a']);
	});

	it('prunes redundant rules, ties included, and filters by confidence, lift and items', async () => {
		const run = async (extra: object) =>
			(
				await basketAnalysis(engine, { table, minSupport: 0.2, minConfidence: 0, ...extra })
			).top_rules
				.map(rule)
				.sort();
		// a+c=>b ties a=>b at 2/3; a+b=>c and b+c=>a tie a=>c and c=>a at 1.
		expect(await run({ pruneRedundant: true })).toEqual([
			'a=>b',
			'a=>c',
			'b=>a',
			'b=>c',
			'c=>a',
			'c=>b'
		]);
		expect(await run({ minConfidence: 0.9 })).toEqual(['a+b=>c', 'a=>c', 'b+c=>a', 'c=>a']);
		expect(await run({ minConfidence: 0.9, pruneRedundant: true })).toEqual(['a=>c', 'c=>a']);
		expect(await run({ minLift: 1.5 })).toEqual(['a+b=>c', 'a=>c', 'b+c=>a', 'c=>a']);
		expect(await run({ withItems: ['b'], minConfidence: 0.9 })).toEqual(['a+b=>c', 'b+c=>a']);
		expect(await run({ consequentItems: ['a'] })).toEqual(['b+c=>a', 'b=>a', 'c=>a']);
		expect(await run({ consequents: 'multi' })).toHaveLength(12);
		expect(await run({ consequents: 'multi', minConfidence: 0.9 })).toEqual([
			'a+b=>c',
			'a=>c',
			'b+c=>a',
			'c=>a'
		]);
	});

	it('counts all rules while returning only the top ones', async () => {
		const r = await basketAnalysis(engine, { table, minSupport: 0.2, minConfidence: 0, limit: 2 });
		expect(r.rules).toBe(9);
		expect(r.top_rules.map(rule)).toEqual(['a=>c', 'c=>a']);
		expect((await basketAnalysis(engine, { table, minSupport: 0.2, limit: 0 })).rules).toBe(9);
	});

	it('binds every generated statement', async () => {
		const mined = await mineItemsets(engine, { table, minSupport: 0.2 });
		try {
			for (const sort of RULE_MEASURES)
				for (const consequents of ['single', 'multi'] as const)
					for (const sql of [
						topRulesSql(mined, { sort, consequents, pruneRedundant: true, withItems: ["it's"] }),
						ruleCountSql(mined, { sort, consequents, consequentItems: ['a'] })
					])
						await engine.query(`EXPLAIN ${sql}`);
		} finally {
			await dropMined(engine, mined.prefix);
		}
	});

	it('keeps item labels exactly, trailing spaces included', async () => {
		await loadBasketText(engine, 'cream cheese ,milk\ncream cheese,milk\n', 'spaces');
		const r = await basketAnalysis(engine, { table: 'spaces', minSupport: 0.5, minConfidence: 0 });
		expect(r.items).toBe(3);
		expect(r.top_rules.map(rule).sort()).toEqual([
			'cream cheese =>milk',
			'cream cheese=>milk',
			'milk=>cream cheese',
			'milk=>cream cheese '
		]);
	});
});
