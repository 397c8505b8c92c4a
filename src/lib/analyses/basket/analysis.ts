import type { Engine } from '../../engine/engine';
import type { BasketParams, ItemLevel } from './baskets';
import { dropMined, mineItemsets, type Mined, type MiningOptions, type MiningParams } from './mine';
import { ruleCountSql, topRulesSql, type Rule, type RuleParams, type RuleRow } from './rules';

/** Everything one basket analysis takes: baskets, mining thresholds, rule filters. */
export interface BasketAnalysisParams extends MiningParams, RuleParams {}

/** The mining summary (counts cover every itemset and rule meeting the thresholds) and top rules. */
export interface BasketResult extends Omit<Mined, 'prefix'> {
	item_level: ItemLevel;
	/** The minimum support applied, as a fraction of baskets (min_count / baskets). */
	min_support: number;
	rules: number;
	top_rules: Rule[];
}

/** One frequent itemset: item labels in item-key order, and its basket count. */
interface Itemset {
	items: string[];
	keys: string[];
	count: number;
	support: number;
}

interface ItemRow {
	item_id: number;
	item: string;
	label: string;
}

async function itemNames(engine: Engine, mined: Mined): Promise<Map<number, ItemRow>> {
	const rows = (
		await engine.query(
			`SELECT item_id, item, label FROM ${mined.prefix}_items WHERE n >= ${mined.min_count}`
		)
	).rows<ItemRow>();
	return new Map(rows.map((r) => [r.item_id, r]));
}

/** Mine, run `work` on the mined tables, and always drop them. */
async function withMined<T>(
	engine: Engine,
	params: MiningParams,
	options: MiningOptions,
	work: (mined: Mined) => Promise<T>
): Promise<T> {
	const mined = await mineItemsets(engine, params, options);
	try {
		options.signal?.throwIfAborted();
		return await work(mined);
	} finally {
		await dropMined(engine, mined.prefix);
	}
}

/** The rules of mined itemsets: how many meet the thresholds, and the best `limit` of them. */
export async function minedRules(
	engine: Engine,
	mined: Mined,
	params: RuleParams = {}
): Promise<{ rules: number; top_rules: Rule[] }> {
	const names = await itemNames(engine, mined);
	if (params.limit === 0) {
		const [{ rules }] = (await engine.query(ruleCountSql(mined, params))).rows<{
			rules: number;
		}>();
		return { rules: Number(rules), top_rules: [] };
	}
	const rows = (await engine.query(topRulesSql(mined, params))).rows<
		RuleRow & { total_rules: number }
	>();
	return {
		rules: Number(rows[0]?.total_rules ?? 0),
		top_rules: rows.map(({ total_rules: _, ...r }) => namedRule(r, names))
	};
}

/** The mining summary of a run, for reports (its temp tables stay internal). */
export function minedSummary(
	mined: Mined,
	params: BasketParams
): Omit<BasketResult, 'rules' | 'top_rules'> {
	const { prefix: _, ...summary } = mined;
	return {
		...summary,
		item_level: params.table ? 'product' : (params.item ?? 'product'),
		min_support: mined.baskets ? mined.min_count / mined.baskets : 0
	};
}

/**
 * Frequent itemsets and association rules of the baskets, exactly: counts of all itemsets and
 * rules meeting the thresholds, and the best `limit` rules by the chosen measure.
 */
export async function basketAnalysis(
	engine: Engine,
	params: BasketAnalysisParams = {},
	options: MiningOptions = {}
): Promise<BasketResult> {
	return withMined(engine, params, options, async (mined) => {
		options.onProgress?.({ phase: 'rules', fraction: 1, itemsets: mined.itemsets });
		return { ...minedSummary(mined, params), ...(await minedRules(engine, mined, params)) };
	});
}

function namedRule(row: RuleRow, names: Map<number, ItemRow>): Rule {
	const { antecedent_ids, consequent_ids, ...measures } = row;
	const side = (ids: ArrayLike<number>, key: 'item' | 'label') =>
		Array.from(ids, (id) => names.get(id)![key]);
	return {
		antecedent: side(antecedent_ids, 'label'),
		consequent: side(consequent_ids, 'label'),
		antecedent_keys: side(antecedent_ids, 'item'),
		consequent_keys: side(consequent_ids, 'item'),
		...measures
	};
}

/** Every frequent itemset with its count, largest support first (ties by items). */
export async function frequentItemsets(
	engine: Engine,
	params: MiningParams = {},
	options: MiningOptions = {}
): Promise<{ mined: Omit<Mined, 'prefix'>; itemsets: Itemset[] }> {
	return withMined(engine, params, options, async (mined) => {
		const names = await itemNames(engine, mined);
		const rows = (
			await engine.query(`SELECT items, n FROM ${mined.prefix}_sets ORDER BY n DESC, size, items`)
		).rows<{ items: number[]; n: number }>();
		const { prefix: _, ...summary } = mined;
		return {
			mined: summary,
			itemsets: rows.map((r) => ({
				items: [...r.items].map((id) => names.get(id)!.label),
				keys: [...r.items].map((id) => names.get(id)!.item),
				count: Number(r.n),
				support: Number(r.n) / mined.baskets
			}))
		};
	});
}
