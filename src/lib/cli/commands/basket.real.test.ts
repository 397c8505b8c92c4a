import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../load-files';
import { main } from '../main';
import { basketCommand } from './basket';
import { sequencesCommand } from './sequences';

const GROCERIES = '../shared/datasets/groceries/groceries.csv.gz';
const ONLINE_RETAIL = '../shared/datasets/online-retail/online_retail.csv.gz';
for (const [name, path] of [
	['Groceries', GROCERIES],
	['Online Retail', ONLINE_RETAIL]
])
	if (!existsSync(path)) console.log(`skipping the ${name} basket run: ${path} is absent`);

type JsonRule = {
	antecedent: string[];
	consequent: string[];
	support: number;
	lift: number;
	confidence: number;
};
const find = (rules: JsonRule[], a: string, c: string) =>
	rules.find((r) => r.antecedent.join() === a && r.consequent.join() === c);

// The native engine, as the CLI runs by default; the analyses are tested on both engines beside them.
describe('customer-lens basket and sequences on the public datasets', () => {
	it.skipIf(!existsSync(GROCERIES))(
		'matches arules on Groceries (one basket per line) at support 0.01, from --baskets alone',
		async () => {
			// Through main(), as typed: a baskets file needs no --transactions.
			const run = async (...args: string[]) => {
				let printed = '';
				const code = await main(
					['basket', '--baskets', GROCERIES, '--json', ...args],
					{ write: (text: string) => (printed += text) },
					{ write: (text: string) => (printed += text) }
				);
				expect(code, printed).toBe(0);
				return JSON.parse(printed);
			};
			const r = await run('--min-support', '0.01', '--min-confidence', '0.5', '--top', '100');
			expect(r).toMatchObject({ baskets: 9835, items: 169, min_count: 99 });
			// arules: apriori(Groceries, parameter = list(support = 0.01, confidence = 0.5)) gives 15 rules.
			expect(r.rules).toBe(15);
			const rule = find(r.top_rules, 'other vegetables,yogurt', 'whole milk')!;
			expect(rule.support).toBeCloseTo(0.02227, 5);
			expect(rule.confidence).toBeCloseTo(0.5129, 4);
			expect(rule.lift).toBeCloseTo(2.007, 3);
			const singles = await run('--min-support', '0.01', '--max-len', '1', '--min-confidence', '0');
			expect(singles.itemsets).toBe(88);
		},
		60_000
	);

	it.skipIf(!existsSync(ONLINE_RETAIL))(
		'runs Online Retail end to end at 1% support up to size 3; zero-price invoices are no baskets',
		async () => {
			const { engine } = await loadDataset({ transactions: ONLINE_RETAIL });
			try {
				const values = { 'min-support': '0.01', 'max-len': '3', json: true };
				const r = JSON.parse(await basketCommand.run(engine, values));
				expect(r.baskets).toBeGreaterThan(19_000);
				expect(r.items).toBeGreaterThan(3_500);
				expect(r.itemsets_by_size).toHaveLength(3);
				expect(r.itemsets_by_size[2]).toBeGreaterThan(0);
				expect(r.rules).toBeGreaterThan(r.top_rules.length);
				// Postage, fees and the like are not products and never form rules.
				expect(JSON.stringify(r.top_rules)).not.toMatch(/POSTAGE|Manual|CARRIAGE/);
				// Issue 12: the 749 invoices of zero-price lines only (stock notes) are no sales, so
				// no baskets; counting them gave 257/64/1 itemsets and 117 rules.
				const sales = JSON.parse(
					await basketCommand.run(engine, {
						'min-support': '0.02',
						'min-confidence': '0.3',
						top: '0',
						json: true
					})
				);
				expect(sales).toMatchObject({
					baskets: 19_724,
					non_sale_baskets: 749,
					itemsets_by_size: [275, 75, 2],
					rules: 138
				});
				const s = JSON.parse(await sequencesCommand.run(engine, { json: true }));
				expect(s.pairs.length).toBeGreaterThan(0);
				expect(s.replenishment.antecedent).toBe(s.pairs[0].antecedent);
			} finally {
				await engine.close();
			}
		},
		180_000
	);
});
